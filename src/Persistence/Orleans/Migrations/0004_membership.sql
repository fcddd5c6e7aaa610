-- Cluster membership of Orleans' ADO.NET clustering (silos and their status, read by silos and
-- by clients looking for gateways). Every change to a silo's row is conditional on the table
-- version the caller read (its ETag) and bumps it, so two silos acting on the same view cannot
-- both win; the version row is locked first (select ... for update), and a writer that waited
-- for it sees the new version and changes nothing. IAmAliveTime is written without a version
-- check: it is a heartbeat, not a membership decision. Status is Orleans' SiloStatus
-- (3 = Active, 6 = Dead).
create table orleans_membership_version (
    deployment_id text primary key,
    modified_on timestamptz not null default now(),
    version integer not null default 0
);

create table orleans_membership (
    deployment_id text not null references orleans_membership_version (deployment_id) on delete cascade,
    address text not null,
    port integer not null,
    generation integer not null,
    silo_name text not null,
    host_name text not null,
    status integer not null,
    proxy_port integer,
    suspect_times text,
    start_time timestamptz not null,
    i_am_alive_time timestamptz not null,
    primary key (deployment_id, address, port, generation)
);

insert into orleansquery (querykey, querytext) values
('InsertMembershipVersionKey', $$
with inserted as (
    insert into orleans_membership_version (deployment_id) values (@DeploymentId)
    on conflict do nothing
    returning 1
)
select count(*) > 0 from inserted
$$),
('UpdateIAmAlivetimeKey', $$
update orleans_membership
set i_am_alive_time = @IAmAliveTime
where deployment_id = @DeploymentId and address = @Address and port = @Port and generation = @Generation
$$),
('InsertMembershipKey', $$
with table_version as (
    select deployment_id from orleans_membership_version
    where deployment_id = @DeploymentId and version = @Version
    for update
), inserted as (
    insert into orleans_membership
        (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port, start_time, i_am_alive_time)
    select deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
    from table_version
    on conflict do nothing
    returning 1
), bumped as (
    update orleans_membership_version
    set version = version + 1, modified_on = now()
    where deployment_id = @DeploymentId and exists (select 1 from inserted)
    returning 1
)
select count(*) > 0 from bumped
$$),
('UpdateMembershipKey', $$
with table_version as (
    select deployment_id from orleans_membership_version
    where deployment_id = @DeploymentId and version = @Version
    for update
), updated as (
    update orleans_membership m
    set status = @Status, suspect_times = cast(@SuspectTimes as text), i_am_alive_time = @IAmAliveTime
    from table_version v
    where m.deployment_id = v.deployment_id and m.address = @Address and m.port = @Port and m.generation = @Generation
    returning 1
), bumped as (
    update orleans_membership_version
    set version = version + 1, modified_on = now()
    where deployment_id = @DeploymentId and exists (select 1 from updated)
    returning 1
)
select count(*) > 0 from bumped
$$),
('MembershipReadRowKey', $$
select v.version as "Version", m.address as "Address", m.port as "Port", m.generation as "Generation",
       m.silo_name as "SiloName", m.host_name as "HostName", m.status as "Status", m.proxy_port as "ProxyPort",
       m.suspect_times as "SuspectTimes", m.start_time as "StartTime", m.i_am_alive_time as "IAmAliveTime"
from orleans_membership_version v
left join orleans_membership m
    on m.deployment_id = v.deployment_id and m.address = @Address and m.port = @Port and m.generation = @Generation
where v.deployment_id = @DeploymentId
$$),
('MembershipReadAllKey', $$
select v.version as "Version", m.address as "Address", m.port as "Port", m.generation as "Generation",
       m.silo_name as "SiloName", m.host_name as "HostName", m.status as "Status", m.proxy_port as "ProxyPort",
       m.suspect_times as "SuspectTimes", m.start_time as "StartTime", m.i_am_alive_time as "IAmAliveTime"
from orleans_membership_version v
left join orleans_membership m on m.deployment_id = v.deployment_id
where v.deployment_id = @DeploymentId
$$),
('GatewaysQueryKey', $$
select address as "Address", proxy_port as "ProxyPort", generation as "Generation"
from orleans_membership
where deployment_id = @DeploymentId and status = @Status and proxy_port > 0
$$),
('DeleteMembershipTableEntriesKey', $$
delete from orleans_membership_version where deployment_id = @DeploymentId
$$),
-- Dead silos (6) whose start and last heartbeat are both older than the cutoff.
('CleanupDefunctSiloEntriesKey', $$
delete from orleans_membership
where deployment_id = @DeploymentId and status = 6
  and i_am_alive_time < @IAmAliveTime and start_time < @IAmAliveTime
$$),
-- One dead silo's row, only while it still holds the values the caller judged defunct.
('CleanupDefunctSiloEntryKey', $$
delete from orleans_membership
where deployment_id = @DeploymentId and address = @Address and port = @Port and generation = @Generation
  and status = 6
  and start_time = @StartTime and i_am_alive_time = @IAmAliveTime
  and suspect_times is not distinct from cast(@SuspectTimes as text)
$$);
