-- Playback and review of talk and listen time films.

-- How long the film runs, in seconds, as the first player to load it measured (a server holds only encrypted bytes
-- of containers it cannot parse); notes must fall within it. Null until a player has reported it.
alter table video add column duration_seconds numeric(9, 3) check (duration_seconds > 0);

-- Every viewing of a film: who, from when, for how long. Kept after the film is deleted, like the audit trail.
create table video_view (
    id              uuid primary key,
    video_id        uuid         not null references video (id),
    site_id         uuid         not null,
    user_id         uuid         not null,
    user_name       varchar(320) not null,
    started_at      timestamptz  not null default now(),
    ended_at        timestamptz,
    seconds_watched integer      not null default 0 check (seconds_watched >= 0)
);
create index video_view_video_idx on video_view (video_id, started_at);

-- Time-stamped notes of moments to share with the parents: part of the home visit record, so they go when the film
-- goes (deleting a video deletes its notes in the same step).
create table video_note (
    id          uuid primary key,
    video_id    uuid          not null references video (id),
    site_id     uuid          not null,
    at_seconds  integer       not null check (at_seconds >= 0),
    text        varchar(1000) not null check (length(btrim(text)) > 0),
    author_id   uuid          not null,
    author_name varchar(320)  not null,
    created_at  timestamptz   not null default now()
);
create index video_note_video_idx on video_note (video_id, at_seconds);
