-- Implementation stages: each change the licensor records is a row, never updated. The row with the highest
-- sequence is the site's current stage; (site_id, sequence) is unique, so two people recording a change from
-- the same current stage cannot both succeed (the second is told to look again).
create table site_stage_change (
    id              uuid primary key,
    site_id         uuid          not null references site (id),
    sequence        integer       not null,
    stage           varchar(40)   not null,
    started_on      date          not null,
    note            varchar(2000) not null,
    changed_by_id   uuid,
    changed_by_name varchar(200)  not null,
    changed_at      timestamptz   not null default now(),
    constraint site_stage_change_sequence_uq unique (site_id, sequence)
);

-- Local adaptations: a site's request to change a programme component, and the licensor's decision on it.
-- The programme version and the component's title and core flag are kept as they were when the site asked.
create table site_adaptation (
    id                 uuid primary key,
    site_id            uuid          not null references site (id),
    programme_id       varchar(63)   not null,
    programme_version  integer       not null,
    component_code     varchar(80)   not null,
    component_title    varchar(300)  not null,
    touches_core       boolean       not null,
    what               varchar(4000) not null,
    why                varchar(4000) not null,
    core_justification varchar(4000),
    starts_on          date          not null,
    ends_on            date,
    status             varchar(40)   not null,
    requested_by_id    uuid,
    requested_by_name  varchar(200)  not null,
    requested_at       timestamptz   not null default now(),
    decided_by_id      uuid,
    decided_by_name    varchar(200),
    decided_at         timestamptz,
    decision_reason    varchar(4000),
    conditions         varchar(4000),
    version            integer       not null default 0,
    constraint site_adaptation_dates_ck check (ends_on is null or ends_on >= starts_on),
    constraint site_adaptation_core_ck check (not touches_core or core_justification is not null)
);
create index site_adaptation_site_idx on site_adaptation (site_id, requested_at);
-- the licensor's queue across all sites
create index site_adaptation_awaiting_idx on site_adaptation (requested_at) where status = 'REQUESTED';
