-- Questionnaire responses: one completion of one instrument version by one parent at one time point. The score is
-- computed on completion and stored with the instrument version, so a later instrument file never changes it.
create table questionnaire_link (
    id               uuid primary key,
    token_hash       bytea        not null unique,
    family_id        uuid         not null references family (id),
    site_id          uuid         not null,
    participant_id   uuid         not null references family_member (id),
    first_name       varchar(200) not null,
    time_point       varchar(60)  not null,
    created_by       uuid,
    created_by_name  varchar(320) not null,
    created_at       timestamptz  not null default now(),
    expires_at       timestamptz  not null,
    submitted_at     timestamptz,
    check (expires_at > created_at)
);
create index questionnaire_link_family_idx on questionnaire_link (family_id);

create table questionnaire_response (
    id                 uuid primary key,
    family_id          uuid         not null references family (id),
    site_id            uuid         not null,
    participant_id     uuid         not null references family_member (id),
    respondent_role    varchar(20)  not null check (respondent_role in ('BIRTH_PARENT', 'PARTNER')),
    programme_id       varchar(63)  not null,
    programme_version  int          not null,
    time_point         varchar(60)  not null,
    instrument_code    varchar(60)  not null,
    instrument_version int          not null,
    status             varchar(20)  not null check (status in ('IN_PROGRESS', 'COMPLETED')),
    -- answers[n] is the chosen value of item n; null when unanswered
    answers            int[]        not null default '{}',
    link_id            uuid references questionnaire_link (id),
    entered_by         uuid,
    entered_by_name    varchar(320) not null,
    started_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    completed_at       timestamptz,
    -- the stored score (null until completed; total null when too many items are missing)
    total              int,
    no_score_reason    text,
    prorated           boolean,
    answered           int,
    missing            int,
    subscale_codes     text[],
    subscale_totals    int[],
    band_meanings      text[],
    clinical           boolean,
    risk_rule_codes    text[]       not null default '{}',
    -- risk rules already published as RiskAnswersGiven for this response, so each raises one alert only
    risk_published     text[]       not null default '{}',
    check ((status = 'COMPLETED') = (completed_at is not null))
);
-- a completed response is final: one per parent, time point and instrument
create unique index questionnaire_response_completed_uq
    on questionnaire_response (family_id, participant_id, time_point, instrument_code) where status = 'COMPLETED';
create index questionnaire_response_family_idx on questionnaire_response (family_id, time_point);
create index questionnaire_response_link_idx on questionnaire_response (link_id) where link_id is not null;
-- the pre/post analysis reads completed scores by site, instrument and time point
create index questionnaire_response_analysis_idx
    on questionnaire_response (site_id, instrument_code, time_point) include (family_id, respondent_role, total)
    where status = 'COMPLETED';
