-- All sites' baseline spread of an instrument, one row a day, the yardstick of reliable change for instruments with
-- no published threshold or reference SD. An aggregate: no site, family or parent is named. The primary key makes
-- the daily job safe on several nodes (insert ... on conflict do nothing): the first node's figure stands.
create table outcome_reference_sd (
    instrument_code varchar(60)      not null,
    computed_on     date             not null,
    -- sample standard deviation of each parent's latest completed baseline total; null with fewer than 2 parents
    sd              double precision check (sd >= 0),
    baselines       int              not null check (baselines >= 0),
    computed_at     timestamptz      not null default now(),
    primary key (instrument_code, computed_on)
);
