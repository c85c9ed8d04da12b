-- A practitioner's usual week (weekday x part of day they can work in the programme) and their leave. Used when
-- pairing facilitators to groups, in the capacity check, and later by the scheduling optimiser.
create table practitioner_availability (
    practitioner_id uuid        not null references practitioner (id),
    weekday         smallint    not null check (weekday between 1 and 7),
    part_of_day     varchar(10) not null check (part_of_day in ('MORNING', 'AFTERNOON', 'EVENING')),
    primary key (practitioner_id, weekday, part_of_day)
);

create table practitioner_leave (
    id              uuid primary key,
    practitioner_id uuid         not null references practitioner (id),
    starts_on       date         not null,
    ends_on         date         not null,
    reason          varchar(200),
    recorded_by     varchar(320) not null,
    recorded_at     timestamptz  not null default now(),
    check (ends_on >= starts_on)
);
create index practitioner_leave_practitioner_idx on practitioner_leave (practitioner_id, starts_on);
