-- The dated history of each family's journey: who recorded which step, when, and why.
create table journey_step (
    id               uuid primary key,
    family_id        uuid         not null references family (id),
    site_id          uuid         not null,
    from_stage       varchar(30),
    stage            varchar(30)  not null,
    occurred_on      date         not null,
    reason           varchar(500),
    recorded_by      uuid,
    recorded_by_name varchar(320) not null,
    recorded_at      timestamptz  not null default clock_timestamp()
);
create index journey_step_family_idx on journey_step (family_id, recorded_at);
create index journey_step_site_idx on journey_step (site_id);

-- The baby's birth, recorded after it: the birth outcomes the programme's evaluations measure.
create table baby (
    id                 uuid primary key,
    family_id          uuid        not null unique references family (id),
    site_id            uuid        not null,
    date_of_birth      date        not null,
    gestation_weeks    smallint    not null check (gestation_weeks between 22 and 44),
    gestation_days     smallint    not null check (gestation_days between 0 and 6),
    birth_weight_grams integer     not null check (birth_weight_grams between 300 and 6500),
    delivery_mode      varchar(30) not null,
    name               varchar(100),
    recorded_by        uuid,
    recorded_at        timestamptz not null default now()
);
create index baby_site_idx on baby (site_id);
