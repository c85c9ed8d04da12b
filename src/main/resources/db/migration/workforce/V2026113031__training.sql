-- Training: course runs (one delivery of a course defined in src/main/resources/courses), their events,
-- trainers and trainees, event registers, the training records completing a run produces (trained facilitator
-- or accredited trainer, with validity), and trainees' feedback. Practitioners are this module's own table.

create table course_run (
    id             uuid primary key,
    course_code    varchar(63)  not null,
    course_version integer      not null,
    programme_id   varchar(63)  not null,
    kind           varchar(20)  not null check (kind in ('FACILITATOR', 'TRAINER')),
    -- null for a national run by the licensor's training team, open to trainees of every site
    site_id        uuid,
    venue          varchar(300),
    online         boolean      not null,
    max_trainees   integer      not null check (max_trainees >= 1),
    created_by     varchar(320) not null,
    created_at     timestamptz  not null default now(),
    check (online or venue is not null)
);
create index course_run_site_idx on course_run (site_id);

create table course_event (
    run_id            uuid        not null references course_run (id),
    number            integer     not null check (number >= 1),
    starts_on         date        not null,
    ends_on           date        not null,
    register_saved_at timestamptz,
    register_saved_by varchar(320),
    primary key (run_id, number),
    check (ends_on >= starts_on)
);
create index course_event_dates_idx on course_event (starts_on, ends_on);

create table course_trainer (
    run_id          uuid not null references course_run (id),
    practitioner_id uuid not null references practitioner (id),
    primary key (run_id, practitioner_id)
);
create index course_trainer_practitioner_idx on course_trainer (practitioner_id);

create table course_trainee (
    run_id          uuid        not null references course_run (id),
    practitioner_id uuid        not null references practitioner (id),
    added_at        timestamptz not null default now(),
    primary key (run_id, practitioner_id)
);
create index course_trainee_practitioner_idx on course_trainee (practitioner_id);

-- One row per trainee per event, written a whole register at a time.
create table event_attendance (
    run_id          uuid    not null,
    event_number    integer not null,
    practitioner_id uuid    not null,
    present         boolean not null,
    primary key (run_id, event_number, practitioner_id),
    foreign key (run_id, event_number) references course_event (run_id, number),
    foreign key (run_id, practitioner_id) references course_trainee (run_id, practitioner_id)
);

-- What completing a run (or, for the licensor's own training team, a direct accreditation) made of someone.
-- The newest record of a kind counts; course_run_id with course_trainer is the lineage: who trained whom.
create table training_record (
    id              uuid primary key,
    practitioner_id uuid         not null references practitioner (id),
    programme_id    varchar(63)  not null,
    kind            varchar(20)  not null check (kind in ('FACILITATOR', 'TRAINER')),
    completed_on    date         not null,
    valid_until     date         not null,
    warning_days    integer      not null check (warning_days >= 0),
    course_run_id   uuid references course_run (id),
    granted_by      varchar(320) not null,
    created_at      timestamptz  not null default now(),
    check (valid_until > completed_on),
    unique (practitioner_id, course_run_id)
);
create index training_record_practitioner_idx on training_record (practitioner_id, programme_id, kind);
create index training_record_run_idx on training_record (course_run_id);

-- Feedback after an event (event_number set) or at follow-up (event_number null): once per trainee each.
create table training_feedback (
    id              uuid primary key,
    run_id          uuid          not null references course_run (id),
    event_number    integer,
    practitioner_id uuid          not null,
    comments        varchar(4000),
    entered_by      varchar(320)  not null,
    submitted_at    timestamptz   not null default now(),
    foreign key (run_id, practitioner_id) references course_trainee (run_id, practitioner_id),
    unique nulls not distinct (run_id, practitioner_id, event_number)
);

create table training_feedback_rating (
    feedback_id   uuid        not null references training_feedback (id),
    question_code varchar(63) not null,
    rating        smallint    not null check (rating between 1 and 5),
    primary key (feedback_id, question_code)
);
