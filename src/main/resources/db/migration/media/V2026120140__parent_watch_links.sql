-- A parent's link to watch one film of their family without signing in. Only the SHA-256 of the link's random token
-- is kept, so a copy of the database opens no film. A link stops working when it expires or is withdrawn, and at once
-- when its film is deleted or the family's filming consent is no longer current (both checked on every use).
create table parent_watch_link (
    id                uuid primary key,
    token_hash        bytea        not null unique check (length(token_hash) = 32),
    video_id          uuid         not null references video (id),
    site_id           uuid         not null,
    family_id         uuid         not null,
    -- the parent it was made for (family module's participant) and their name as it was then
    participant_id    uuid         not null,
    parent_name       varchar(320) not null,
    created_by        uuid         not null,
    created_by_name   varchar(320) not null,
    created_at        timestamptz  not null default now(),
    expires_at        timestamptz  not null,
    withdrawn_at      timestamptz,
    withdrawn_by_name varchar(320),
    check (expires_at > created_at),
    check ((withdrawn_at is null) = (withdrawn_by_name is null))
);
create index parent_watch_link_video_idx on parent_watch_link (video_id, expires_at) where withdrawn_at is null;

-- Watch-link tokens that were not ours (unknown or malformed), by the address that sent them, so one address cannot
-- keep guessing: the same limit on every node. Rows older than the window are removed as new ones arrive.
create table parent_watch_link_refusal (
    address    varchar(64) not null,
    refused_at timestamptz not null default now()
);
create index parent_watch_link_refusal_idx on parent_watch_link_refusal (address, refused_at);
