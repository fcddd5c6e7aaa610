-- The permission to approve content (the content library's four-eyes step), per role assignment
-- like the alert permission, and like it never a Viewer's.
alter table operator_roles add column can_approve_content boolean not null default false;
alter table operator_roles add constraint operator_roles_viewer_approves_nothing check (not (role = 'Viewer' and can_approve_content));
