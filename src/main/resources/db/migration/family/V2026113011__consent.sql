-- Consents per purpose, dated, kept after withdrawal. At most one consent per purpose is not withdrawn.
create table consent (
    id                          uuid primary key,
    family_id                   uuid         not null references family (id),
    site_id                     uuid         not null,
    purpose                     varchar(40)  not null,
    given_on                    date         not null,
    given_by_member_id          uuid         not null references family_member (id),
    partner_agency_ids          uuid[]       not null default '{}',
    recorded_by                 uuid,
    recorded_by_name            varchar(320) not null,
    recorded_at                 timestamptz  not null default now(),
    withdrawn_on                date,
    withdrawal_recorded_by      uuid,
    withdrawal_recorded_by_name varchar(320),
    withdrawal_recorded_at      timestamptz,
    check (withdrawn_on is null or withdrawn_on >= given_on)
);
create unique index consent_one_current_uq on consent (family_id, purpose) where withdrawn_on is null;
create index consent_family_idx on consent (family_id, purpose);
create index consent_site_idx on consent (site_id);
