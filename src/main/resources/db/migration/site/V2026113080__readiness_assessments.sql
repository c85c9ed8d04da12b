-- Readiness assessments: a site's answers to a versioned template, the licensor's review and decision.
create table readiness_assessment (
    id               uuid primary key,
    site_id          uuid         not null references site (id),
    template_code    varchar(64)  not null,
    template_version integer      not null,
    status           varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'DECIDED')),
    started_on       date         not null,
    started_by_name  varchar(200) not null,
    submitted_on     date,
    outcome          varchar(30) check (outcome in ('READY', 'READY_WITH_CONDITIONS', 'NOT_YET')),
    decision_reason  text,
    decided_on       date,
    decided_by_name  varchar(200),
    version          integer      not null default 0,
    created_at       timestamptz  not null default now(),
    check ((status = 'DECIDED') = (outcome is not null and decision_reason is not null and decided_on is not null))
);
-- a site works on one assessment at a time; decided ones stay, read-only, for comparison
create unique index readiness_one_open_per_site on readiness_assessment (site_id) where status <> 'DECIDED';
create index readiness_assessment_site on readiness_assessment (site_id, started_on);
create index readiness_assessment_submitted on readiness_assessment (status) where status = 'SUBMITTED';

-- Every move between states, with the comment that came with it (e.g. why it went back to the site).
create table readiness_status_change (
    id            uuid primary key,
    assessment_id uuid         not null references readiness_assessment (id),
    from_status   varchar(20),
    to_status     varchar(20)  not null,
    comment       text,
    by_user_id    uuid,
    by_name       varchar(200) not null,
    at            timestamptz  not null default now()
);
create index readiness_status_change_assessment on readiness_status_change (assessment_id, at);

-- Each save of a criterion's rating and evidence is a new row: who said what, when. revision guards against
-- two people silently overwriting each other.
create table readiness_entry (
    id            uuid primary key,
    assessment_id uuid         not null references readiness_assessment (id),
    criterion     varchar(64)  not null,
    revision      integer      not null,
    rating        varchar(20) check (rating in ('NOT_IN_PLACE', 'PARTLY', 'IN_PLACE')),
    evidence      text,
    by_user_id    uuid,
    by_name       varchar(200) not null,
    at            timestamptz  not null default now(),
    unique (assessment_id, criterion, revision)
);

-- The licensor's comments per criterion, kept with their history.
create table readiness_comment (
    id            uuid primary key,
    assessment_id uuid         not null references readiness_assessment (id),
    criterion     varchar(64)  not null,
    comment       text         not null,
    by_user_id    uuid,
    by_name       varchar(200) not null,
    at            timestamptz  not null default now()
);
create index readiness_comment_assessment on readiness_comment (assessment_id, criterion, at);

-- Evidence files, checked by content before they are stored. Removal is soft: who and when stay visible.
create table readiness_file (
    id              uuid primary key,
    assessment_id   uuid         not null references readiness_assessment (id),
    criterion       varchar(64)  not null,
    file_name       varchar(255) not null,
    content_type    varchar(120) not null,
    size_bytes      bigint       not null,
    content         bytea        not null,
    by_user_id      uuid,
    by_name         varchar(200) not null,
    at              timestamptz  not null default now(),
    removed_at      timestamptz,
    removed_by_name varchar(200)
);
create index readiness_file_assessment on readiness_file (assessment_id, criterion);

-- Conditions of a "ready with conditions" decision: tracked actions the site marks done.
create table readiness_condition (
    id            uuid primary key,
    assessment_id uuid         not null references readiness_assessment (id),
    position      integer      not null,
    description   text         not null,
    owner         varchar(200) not null,
    due_on        date         not null,
    status        varchar(10)  not null check (status in ('OPEN', 'DONE')),
    done_on       date,
    done_by_name  varchar(200),
    version       integer      not null default 0
);
create index readiness_condition_assessment on readiness_condition (assessment_id, position);
