-- Grain state of Orleans' ADO.NET grain storage (AdoNetGrainStorage). The provider names a row by
-- ServiceId, GrainTypeString and the grain key split into GrainIdN0, GrainIdN1 and
-- GrainIdExtensionString; the hashes it also passes are not unique and are only stored. The
-- unique index is on the whole natural key, so two grains whose hashes collide keep two rows.
-- CommuneRadio's storage passes "{state name}@{grain id}" as the type string (see
-- GrainIdentityStorage), so grain_id and state_name below show which grain a row belongs to.
-- The payload is the state as jsonb (ours is System.Text.Json, no .NET type names); a cleared
-- state keeps its row with a null payload so its version (the ETag) keeps counting.
create table orleans_grain_state (
    service_id text not null,
    grain_type text not null,
    grain_id_n0 bigint not null,
    grain_id_n1 bigint not null,
    grain_id_extension text,
    grain_id_hash integer not null,
    grain_type_hash integer not null,
    state_name text generated always as (split_part(grain_type, '@', 1)) stored,
    grain_id text generated always as (substr(grain_type, strpos(grain_type, '@') + 1)) stored,
    payload jsonb,
    version integer not null,
    modified_on timestamptz not null default now()
);

create unique index orleans_grain_state_key on orleans_grain_state
    (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension) nulls not distinct;

insert into orleansquery (querykey, querytext) values
('ReadFromStorageKey', $$
select convert_to(s.payload::text, 'UTF8') as "PayloadBinary", s.version as "Version"
from orleans_grain_state s
where s.service_id = @ServiceId
  and s.grain_type = @GrainTypeString
  and s.grain_id_n0 = @GrainIdN0
  and s.grain_id_n1 = @GrainIdN1
  and s.grain_id_extension is not distinct from cast(@GrainIdExtensionString as text)
$$),
-- One row always: the new version, or null when the grain's ETag was stale (another writer won),
-- which the provider reports as an InconsistentStateException.
('WriteToStorageKey', $$
with updated as (
    update orleans_grain_state s
    set payload = convert_from(@PayloadBinary, 'UTF8')::jsonb,
        version = s.version + 1,
        modified_on = now()
    where cast(@GrainStateVersion as integer) is not null
      and s.service_id = @ServiceId
      and s.grain_type = @GrainTypeString
      and s.grain_id_n0 = @GrainIdN0
      and s.grain_id_n1 = @GrainIdN1
      and s.grain_id_extension is not distinct from cast(@GrainIdExtensionString as text)
      and s.version = cast(@GrainStateVersion as integer)
    returning s.version
), inserted as (
    insert into orleans_grain_state
        (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, grain_id_hash, grain_type_hash, payload, version)
    select @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, cast(@GrainIdExtensionString as text),
           @GrainIdHash, @GrainTypeHash, convert_from(@PayloadBinary, 'UTF8')::jsonb, 1
    where cast(@GrainStateVersion as integer) is null
    on conflict do nothing
    returning version
)
select (select version from updated union all select version from inserted limit 1) as "NewGrainStateVersion"
$$),
('ClearStorageKey', $$
with cleared as (
    update orleans_grain_state s
    set payload = null,
        version = s.version + 1,
        modified_on = now()
    where s.service_id = @ServiceId
      and s.grain_type = @GrainTypeString
      and s.grain_id_n0 = @GrainIdN0
      and s.grain_id_n1 = @GrainIdN1
      and s.grain_id_extension is not distinct from cast(@GrainIdExtensionString as text)
      and s.version = cast(@GrainStateVersion as integer)
    returning s.version
)
select (select version from cleared) as "Version"
$$);
