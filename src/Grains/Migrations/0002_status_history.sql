-- Online/offline transitions of devices (device_id set) and roll-up changes of stations
-- (device_id = ''). No foreign keys: history outlives removed devices and moved stations.
create table status_history (
    id bigserial primary key,
    station_id text not null,
    device_id text not null default '',
    state text not null,
    at timestamptz not null,
    reason text not null
);

create index status_history_by_station on status_history (station_id, device_id, at desc, id desc);
