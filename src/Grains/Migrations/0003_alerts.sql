-- Disaster alerts. The alert grain keeps its state in grain storage; this table is the list the
-- console and the CLI show (written by the grain after each change of phase or content).
create table alerts (
    id text primary key,
    phase text not null,
    status text not null,
    event text not null,
    headline text,
    area_codes text[] not null,
    issued_by text not null,
    confirmed_by text,
    sent timestamptz not null,
    expires timestamptz not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create index alerts_by_creation on alerts (created_at desc, id);

-- Every transition of every device for every alert, appended (group commit). The latest row per
-- device is its state; a restarted Silo reads them back and carries on.
create table alert_deliveries (
    id bigserial primary key,
    alert_id text not null,
    station_id text not null,
    device_id text not null,
    cmd_id text not null,
    state text not null,
    reason text,
    at timestamptz not null
);

create index alert_deliveries_by_alert on alert_deliveries (alert_id, station_id, device_id, id desc);
