-- The registry: the administrative area tree, commune radio stations and their speaker clusters.
-- Names are Vietnamese; refuse to create the tables in a database that could not store them.
do $$
begin
    if current_setting('server_encoding') <> 'UTF8' then
        raise exception 'the registry needs a UTF8 database, this one is %', current_setting('server_encoding');
    end if;
end
$$;

-- Areas are data, not an enum: any depth, kind as the data says it ("tỉnh", "xã", "phường",
-- "đặc khu"). A merged area stays (retired, merged_into set) so history can still name it.
create table areas (
    code text primary key check (code ~ '^[A-Za-z0-9_-]{1,64}$'),
    name text not null check (length(name) between 1 and 200),
    kind text not null check (length(kind) between 1 and 50),
    parent_code text references areas (code),
    retired_at timestamptz,
    merged_into text references areas (code),
    check (parent_code <> code),
    check ((retired_at is null) = (merged_into is null))
);

create index areas_by_parent on areas (parent_code);

-- Ids become MQTT topic levels (CommuneRadio.DeviceProtocol.ProtocolIds).
create table stations (
    id text primary key check (id ~ '^[A-Za-z0-9_-]{1,64}$'),
    name text not null check (length(name) between 1 and 200),
    area_code text not null references areas (code),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create index stations_by_area on stations (area_code, id);

create table devices (
    station_id text not null references stations (id) on delete cascade,
    id text not null check (id ~ '^[A-Za-z0-9_-]{1,64}$'),
    name text not null check (length(name) between 1 and 200),
    lat double precision check (lat between -90 and 90),
    lon double precision check (lon between -180 and 180),
    sim text,
    serial text,
    firmware text,
    created_at timestamptz not null default now(),
    primary key (station_id, id),
    check ((lat is null) = (lon is null))
);

-- Where a station was when: one open period (to_at null) per station, closed when it moves.
create table station_area_history (
    id bigint generated always as identity primary key,
    station_id text not null references stations (id) on delete cascade,
    area_code text not null references areas (code),
    from_at timestamptz not null,
    to_at timestamptz,
    check (to_at is null or to_at >= from_at)
);

create unique index station_area_history_open on station_area_history (station_id) where to_at is null;
create index station_area_history_by_station on station_area_history (station_id, from_at);
create index station_area_history_by_area on station_area_history (area_code, from_at);
