-- Reminders of Orleans' ADO.NET reminder table. GrainHash is the grain id's uniform hash as a
-- signed integer: the provider asks ReadRangeRows1Key for a range (begin, end] that does not wrap
-- in signed order, and ReadRangeRows2Key for one that does (hash > begin or hash <= end).
-- Period is in milliseconds; Version is the reminder's ETag.
create table orleans_reminders (
    service_id text not null,
    grain_id text not null,
    reminder_name text not null,
    start_time timestamptz not null,
    period bigint not null,
    grain_hash integer not null,
    version integer not null,
    primary key (service_id, grain_id, reminder_name)
);

create index orleans_reminders_hash on orleans_reminders (service_id, grain_hash);

insert into orleansquery (querykey, querytext) values
('ReadReminderRowsKey', $$
select grain_id as "GrainId", reminder_name as "ReminderName", start_time as "StartTime",
       period as "Period", version as "Version"
from orleans_reminders
where service_id = @ServiceId and grain_id = @GrainId
$$),
('ReadReminderRowKey', $$
select grain_id as "GrainId", reminder_name as "ReminderName", start_time as "StartTime",
       period as "Period", version as "Version"
from orleans_reminders
where service_id = @ServiceId and grain_id = @GrainId and reminder_name = @ReminderName
$$),
('ReadRangeRows1Key', $$
select grain_id as "GrainId", reminder_name as "ReminderName", start_time as "StartTime",
       period as "Period", version as "Version"
from orleans_reminders
where service_id = @ServiceId and grain_hash > @BeginHash and grain_hash <= @EndHash
$$),
('ReadRangeRows2Key', $$
select grain_id as "GrainId", reminder_name as "ReminderName", start_time as "StartTime",
       period as "Period", version as "Version"
from orleans_reminders
where service_id = @ServiceId and (grain_hash > @BeginHash or grain_hash <= @EndHash)
$$),
('UpsertReminderRowKey', $$
insert into orleans_reminders (service_id, grain_id, reminder_name, start_time, period, grain_hash, version)
values (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 1)
on conflict (service_id, grain_id, reminder_name) do update
set start_time = excluded.start_time,
    period = excluded.period,
    grain_hash = excluded.grain_hash,
    version = orleans_reminders.version + 1
returning version as "Version"
$$),
('DeleteReminderRowKey', $$
with deleted as (
    delete from orleans_reminders
    where service_id = @ServiceId and grain_id = @GrainId and reminder_name = @ReminderName
      and version = @Version
    returning 1
)
select count(*) > 0 from deleted
$$),
('DeleteReminderRowsKey', $$
delete from orleans_reminders where service_id = @ServiceId
$$);
