-- Talk and listen time films. The bytes live encrypted outside the database (media.vault); a row holds what is needed
-- to find, decrypt and account for them. The wrapped data key is destroyed (set to null) when the video is deleted,
-- so any copy of the encrypted parts left in a backup can no longer be read.
create table video (
    id              uuid primary key,
    site_id         uuid         not null,
    family_id       uuid,
    contact_code    varchar(60),
    -- FAMILY: filmed at a home visit, seen only by the family's practitioners; DEMONSTRATION: the licensor's training film
    kind            varchar(20)  not null check (kind in ('FAMILY', 'DEMONSTRATION')),
    title           varchar(200) not null,
    -- UPLOADING until every byte has arrived; only READY videos are ever played
    status          varchar(20)  not null check (status in ('UPLOADING', 'READY', 'DELETED')),
    declared_length bigint       not null check (declared_length > 0),
    received_length bigint       not null default 0 check (received_length >= 0 and received_length <= declared_length),
    content_type    varchar(100),
    wrapped_key     bytea,
    created_by      uuid         not null,
    created_by_name varchar(320) not null,
    created_at      timestamptz  not null default now(),
    completed_at    timestamptz,
    deleted_at      timestamptz,
    deleted_reason  varchar(200),
    check ((status = 'DELETED') = (deleted_at is not null)),
    check (status = 'DELETED' or wrapped_key is not null),
    check (kind = 'DEMONSTRATION' or family_id is not null)
);
create index video_family_idx on video (family_id, contact_code) where status <> 'DELETED';
create index video_site_idx on video (site_id, status);

-- One row per part whose bytes are stored and verified: an upload's offset is the sum of its parts, so a part that
-- never finished (a cut connection, a killed server) is simply absent and is sent again.
create table video_part (
    video_id         uuid   not null references video (id),
    part             int    not null check (part >= 0),
    plaintext_offset bigint not null check (plaintext_offset >= 0),
    plaintext_length bigint not null check (plaintext_length > 0),
    sha256           bytea  not null,
    primary key (video_id, part),
    unique (video_id, plaintext_offset)
);
