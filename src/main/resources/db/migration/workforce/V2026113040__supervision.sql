-- Reflective supervision, a licence condition: one row per session, one row per supervisee present. Topics are
-- free text readable only by the people in the session and the site lead; the service decides that in its query.
create table supervision_session (
    id               uuid primary key,
    site_id          uuid          not null,
    supervisor_id    uuid          not null references practitioner (id),
    held_on          date          not null,
    duration_minutes integer       not null check (duration_minutes between 1 and 600),
    format           varchar(20)   not null check (format in ('INDIVIDUAL', 'GROUP')),
    topics           varchar(4000),
    recorded_by      varchar(320)  not null,
    recorded_at      timestamptz   not null default now()
);
create index supervision_session_site_idx on supervision_session (site_id, held_on);
create index supervision_session_supervisor_idx on supervision_session (supervisor_id);

create table supervision_attendee (
    session_id      uuid not null references supervision_session (id),
    practitioner_id uuid not null references practitioner (id),
    primary key (session_id, practitioner_id)
);
create index supervision_attendee_practitioner_idx on supervision_attendee (practitioner_id);
