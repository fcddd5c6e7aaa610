-- Who may: operators, their area-scoped roles, their tokens (console sessions and API tokens),
-- and the audit log of what they did or were refused.

-- Usernames are ASCII and unique in any letter case; display names are Vietnamese.
create table operators (
    id bigint generated always as identity primary key,
    username text not null check (username ~ '^[A-Za-z0-9._@-]{2,64}$'),
    display_name text not null check (length(display_name) between 1 and 200),
    password_hash text not null check (length(password_hash) > 0),
    disabled boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create unique index operators_by_username on operators (lower(username));

-- A role scoped to an area and everything below it ('*': the whole tree). No foreign key to
-- areas: an assignment outlives a merged area, and '*' is no area.
create table operator_roles (
    operator_id bigint not null references operators (id) on delete cascade,
    role text not null check (role in ('Viewer', 'CommuneOperator', 'ProvinceAdmin')),
    area_code text not null check (area_code = '*' or area_code ~ '^[A-Za-z0-9_-]{1,64}$'),
    can_issue_alerts boolean not null default false,
    primary key (operator_id, role, area_code),
    check (not (role = 'Viewer' and can_issue_alerts))
);

-- Only the SHA-256 of a token's secret is kept; the token itself is shown once.
create table operator_tokens (
    id text primary key,
    operator_id bigint not null references operators (id) on delete cascade,
    kind text not null check (kind in ('Session', 'Api')),
    name text not null check (length(name) <= 200),
    secret_hash bytea not null check (length(secret_hash) = 32),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz,
    check (expires_at > created_at)
);

create index operator_tokens_by_operator on operator_tokens (operator_id, created_at desc);

-- Append-only. operator is a username as typed (a failed login may name nobody who exists), so
-- no foreign key: the log outlives the accounts it names.
create table audit_log (
    id bigint generated always as identity primary key,
    at timestamptz not null,
    operator text,
    action text not null,
    target text,
    outcome text not null check (outcome in ('allowed', 'refused')),
    reason text,
    remote_address text,
    details jsonb
);

create index audit_log_by_at on audit_log (at desc, id desc);
create index audit_log_by_operator on audit_log (lower(operator), at desc);
create index audit_log_by_action on audit_log (action, at desc);
