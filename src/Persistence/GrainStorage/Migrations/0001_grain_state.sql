-- Grain state: one row per grain and state name, the state as JSON, a version for optimistic
-- concurrency (the ETag a grain holds).
create table grain_state (
    grain_type text not null,
    grain_key text not null,
    state_name text not null,
    version bigint not null,
    payload jsonb not null,
    written_at timestamptz not null default now(),
    primary key (grain_type, grain_key, state_name)
);
