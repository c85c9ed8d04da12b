-- Families referred to a site, and their parents and supporter. Sites belong to the site module and are referred
-- to by id only. Parents' identifying columns are indexed for duplicate detection at referral.
create table family (
    id                     uuid primary key,
    site_id                uuid          not null,
    programme_id           varchar(63)   not null,
    programme_version      integer       not null,
    display_name           varchar(420)  not null,
    referrer_source        varchar(100)  not null,
    referrer_name          varchar(200)  not null,
    referral_date          date          not null,
    expected_delivery_date date          not null,
    vulnerability_factors  text[]        not null default '{}',
    other_reasons          varchar(500),
    preferred_language     varchar(100)  not null,
    interpreter_needed     boolean       not null,
    contact_methods        text[]        not null default '{}',
    contact_best_times     varchar(200),
    transport_needs        varchar(500),
    needs_transport_help   boolean       not null,
    notes                  varchar(2000),
    stage                  varchar(30)   not null,
    stage_since            date          not null,
    version                integer       not null default 0,
    created_at             timestamptz   not null default now()
);
create index family_site_referral_idx on family (site_id, referral_date desc);
create index family_site_stage_idx on family (site_id, stage);

-- Position 1 and 2 are the parents, 3 the supporter. Removed people are kept: consents name who gave them.
create table family_member (
    id            uuid primary key,
    family_id     uuid         not null references family (id),
    site_id       uuid         not null,
    role          varchar(20)  not null check (role in ('PARENT', 'SUPPORTER')),
    position      smallint     not null check (position between 1 and 3),
    name          varchar(210) not null,
    first_name    varchar(100),
    last_name     varchar(100),
    date_of_birth date,
    phone         varchar(30),
    phone_key     varchar(30),
    email         varchar(320),
    nhs_number    varchar(10),
    relationship  varchar(100),
    removed_at    timestamptz,
    check (role = 'SUPPORTER' or (first_name is not null and last_name is not null and date_of_birth is not null))
);
create unique index family_member_position_uq on family_member (family_id, position) where removed_at is null;
create index family_member_family_idx on family_member (family_id);
create index family_member_site_idx on family_member (site_id);
create index family_member_name_birth_idx on family_member (lower(last_name), date_of_birth);
create index family_member_last_name_prefix_idx on family_member (lower(last_name) text_pattern_ops);
create index family_member_first_name_prefix_idx on family_member (lower(first_name) text_pattern_ops);
create index family_member_nhs_idx on family_member (nhs_number) where nhs_number is not null;
create index family_member_phone_idx on family_member (phone_key) where phone_key is not null;
create index family_member_email_idx on family_member (lower(email)) where email is not null;
