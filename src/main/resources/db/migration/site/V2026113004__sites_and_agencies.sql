-- Organisations: partner agencies of sites, the licensor and commissioning bodies.
create table agency (
    id         uuid primary key,
    name       varchar(200) not null,
    type       varchar(40)  not null,
    created_at timestamptz  not null default now()
);
create unique index agency_name_uq on agency (lower(name));

create table site (
    id             uuid primary key,
    name           varchar(120) not null,
    area           varchar(200) not null,
    lead_agency_id uuid         not null references agency (id),
    version        integer      not null default 0,
    created_at     timestamptz  not null default now()
);
create unique index site_name_uq on site (lower(name));

create table site_agency (
    site_id   uuid not null references site (id),
    agency_id uuid not null references agency (id),
    primary key (site_id, agency_id)
);
