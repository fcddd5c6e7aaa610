-- Durable reminders: ticks at start_at + k * period, delivered even when the grain is not active.
create table reminders (
    grain_type text not null,
    grain_key text not null,
    reminder_name text not null,
    start_at timestamptz not null,
    period_ms bigint not null check (period_ms > 0),
    version bigint not null,
    primary key (grain_type, grain_key, reminder_name)
);
