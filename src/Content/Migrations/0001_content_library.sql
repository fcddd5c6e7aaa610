-- The content library: audio files, text read by text-to-speech, stream and FM relays, each
-- drafted then approved by another operator before it may air. Media bytes live on disk; a row
-- names its file, size, SHA-256 and duration.

create table content_items (
    id text primary key check (id ~ '^c-[0-9a-f]{16}$'),
    kind text not null check (kind in ('Audio', 'Tts', 'Stream', 'Fm')),
    title text not null check (length(title) between 1 and 200),
    area_codes text[] not null check (cardinality(area_codes) between 1 and 1000),
    status text not null check (status in ('Draft', 'Approved', 'Archived')),
    author text not null,
    created_at timestamptz not null,
    approved_by text,
    approved_at timestamptz,
    archived_by text,
    archived_at timestamptz,
    speech_text text,
    voice text check (voice in ('vi', 'vi-vn-x-central', 'vi-vn-x-south')),
    stream_url text,
    frequency_mhz double precision check (frequency_mhz between 87.5 and 108),
    media_file text,
    media_type text,
    media_bytes bigint check (media_bytes > 0),
    media_sha256 text check (media_sha256 ~ '^[0-9a-f]{64}$'),
    media_duration_s double precision check (media_duration_s > 0),
    -- The four-eyes rule holds in the table too, whatever a caller forgets.
    check (approved_by is null or lower(approved_by) <> lower(author)),
    check (status <> 'Draft' or (approved_by is null and archived_by is null)),
    check (status <> 'Approved' or (approved_by is not null and approved_at is not null and archived_by is null)),
    check (status <> 'Archived' or (archived_by is not null and archived_at is not null)),
    check (kind not in ('Audio', 'Tts') or media_file is not null),
    check (kind <> 'Stream' or stream_url is not null),
    check (kind <> 'Fm' or frequency_mhz is not null)
);

create index content_items_by_created on content_items (created_at desc, id desc);
create index content_items_by_area on content_items using gin (area_codes);

-- The text-to-speech voice of an area and everything below it (a province's row is the default
-- for its communes; a commune's row overrides it). No foreign key: the setting outlives a merge.
create table content_area_voices (
    area_code text primary key check (area_code ~ '^[A-Za-z0-9_-]{1,64}$'),
    voice text not null check (voice in ('vi', 'vi-vn-x-central', 'vi-vn-x-south')),
    updated_by text not null,
    updated_at timestamptz not null
);
