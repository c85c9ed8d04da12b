-- Practitioners: staff of partner agencies working in the programme. Leavers keep their record.
create table practitioner (
    id                       uuid primary key,
    user_id                  uuid,
    name                     varchar(200)  not null,
    agency_id                uuid,
    profession               varchar(40)   not null,
    started_on               date          not null,
    left_on                  date,
    protected_hours_per_week numeric(4, 1) not null default 0 check (protected_hours_per_week between 0 and 60),
    version                  integer       not null default 0,
    created_at               timestamptz   not null default now(),
    check (left_on is null or left_on >= started_on)
);
create unique index practitioner_user_uq on practitioner (user_id) where user_id is not null;

create table practitioner_site (
    practitioner_id uuid not null references practitioner (id),
    site_id         uuid not null,
    primary key (practitioner_id, site_id)
);
create index practitioner_site_site_idx on practitioner_site (site_id);

create table practitioner_role (
    practitioner_id uuid        not null references practitioner (id),
    role            varchar(30) not null,
    primary key (practitioner_id, role)
);
