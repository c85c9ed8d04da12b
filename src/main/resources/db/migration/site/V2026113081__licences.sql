-- Licences: a site may deliver a programme between two dates under conditions. Renewal due and expired are
-- worked out from the dates, never stored, so they cannot go stale.
create table licence (
    id                uuid primary key,
    site_id           uuid         not null references site (id),
    programme_id      varchar(64)  not null,
    programme_version integer      not null,
    status            varchar(20)  not null check (status in ('DRAFT', 'ACTIVE', 'SUSPENDED', 'ENDED')),
    starts_on         date         not null,
    ends_on           date         not null,
    suspension_reason text,
    ended_on          date,
    end_reason        text,
    issued_by_name    varchar(200) not null,
    version           integer      not null default 0,
    created_at        timestamptz  not null default now(),
    check (ends_on >= starts_on)
);
create index licence_site on licence (site_id, programme_id, starts_on);
create index licence_active_end on licence (ends_on) where status = 'ACTIVE';

-- Conditions: copied from the programme definition at issue (type set) or agreed for the site (type null).
create table licence_condition (
    id          uuid primary key,
    licence_id  uuid         not null references licence (id),
    position    integer      not null,
    code        varchar(64)  not null,
    type        varchar(40),
    title       varchar(200) not null,
    description text         not null,
    added_on    date         not null,
    added_by_name varchar(200) not null,
    unique (licence_id, code)
);

-- Every change of state, with its reason: the trail the licensor relies on.
create table licence_change (
    id          uuid primary key,
    licence_id  uuid         not null references licence (id),
    from_status varchar(20),
    to_status   varchar(20)  not null,
    reason      text,
    by_user_id  uuid,
    by_name     varchar(200) not null,
    at          timestamptz  not null default now()
);
create index licence_change_licence on licence_change (licence_id, at);
