-- Delivery: venues, the site's facilitator roster, groups, planned and delivered sessions, enrolments,
-- attendance and home visits. Families, sites and users are other modules' records, referred to by id only.

create table venue (
    id                  uuid primary key,
    site_id             uuid         not null,
    name                varchar(200) not null,
    address             varchar(500) not null,
    capacity            integer      not null check (capacity between 1 and 500),
    accessibility_notes varchar(2000),
    created_at          timestamptz  not null default now()
);
create index venue_site_idx on venue (site_id);

-- Practitioners who deliver at a site. "Trained" is dated; leavers stay so past records keep their names.
create table facilitator (
    id           uuid primary key,
    site_id      uuid         not null,
    user_id      uuid         not null,
    display_name varchar(200) not null,
    agency_type  varchar(40)  not null,
    trained_on   date,
    left_on      date,
    unique (site_id, user_id)
);

create table delivery_group (
    id                uuid primary key,
    site_id           uuid         not null,
    programme_id      varchar(63)  not null,
    programme_version integer      not null,
    name              varchar(120) not null,
    venue_id          uuid references venue (id),
    online            boolean      not null,
    start_date        date         not null,
    start_time        time         not null,
    duration_minutes  integer      not null check (duration_minutes between 15 and 480),
    capacity          integer      not null check (capacity >= 1),
    version           integer      not null default 0,
    created_at        timestamptz  not null default now()
);
create index delivery_group_site_idx on delivery_group (site_id, start_date);

create table group_facilitator (
    group_id       uuid not null references delivery_group (id),
    facilitator_id uuid not null references facilitator (id),
    primary key (group_id, facilitator_id)
);

create table group_session (
    id                 uuid primary key,
    group_id           uuid         not null references delivery_group (id),
    site_id            uuid         not null,
    contact_code       varchar(63)  not null,
    session_number     integer      not null,
    title              varchar(200) not null,
    planned_date       date         not null,
    planned_time       time         not null,
    venue_id           uuid references venue (id),
    status             varchar(20)  not null default 'PLANNED',
    cancel_reason      varchar(1000),
    exception_reason   varchar(1000),
    exception_by       varchar(320),
    exception_at       timestamptz,
    register_version   integer      not null default 0,
    register_saved_at  timestamptz,
    register_saved_by  varchar(320),
    unique (group_id, session_number)
);
create index group_session_site_date_idx on group_session (site_id, planned_date);

create table session_facilitator (
    session_id     uuid not null references group_session (id),
    facilitator_id uuid not null references facilitator (id),
    primary key (session_id, facilitator_id)
);
create index session_facilitator_facilitator_idx on session_facilitator (facilitator_id);

create table enrolment (
    id          uuid primary key,
    group_id    uuid        not null references delivery_group (id),
    family_id   uuid        not null,
    site_id     uuid        not null,
    status      varchar(20) not null,
    enrolled_on date        not null,
    fit_note    varchar(300),
    created_at  timestamptz not null default now(),
    unique (group_id, family_id)
);
-- A family holds at most one live place (enrolled or waiting) at a time, whatever two tablets try at once.
create unique index enrolment_one_live_place on enrolment (family_id) where status in ('ENROLLED', 'WAITING');
create index enrolment_group_idx on enrolment (group_id, status);

-- One row per person per session: group sessions are not forced into one record per family.
create table attendance (
    session_id     uuid        not null references group_session (id),
    participant_id uuid        not null,
    family_id      uuid        not null,
    status         varchar(30) not null,
    primary key (session_id, participant_id)
);
create index attendance_family_idx on attendance (family_id);

create table home_visit (
    id                    uuid primary key,
    family_id             uuid         not null,
    site_id               uuid         not null,
    contact_code          varchar(63)  not null,
    planned_date          date,
    done_on               date,
    duration_minutes      integer check (duration_minutes between 5 and 480),
    notes                 varchar(5000),
    talk_and_listen_done  boolean,
    version               integer      not null default 0,
    unique (family_id, contact_code)
);
create index home_visit_site_idx on home_visit (site_id, planned_date);

create table home_visit_facilitator (
    home_visit_id  uuid not null references home_visit (id),
    facilitator_id uuid not null references facilitator (id),
    primary key (home_visit_id, facilitator_id)
);
