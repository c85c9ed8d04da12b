-- Money for a site's delivery: one row per stream from one commissioner (an agency of type COMMISSIONER).
create table funding_stream (
    id              uuid primary key,
    site_id         uuid           not null references site (id),
    commissioner_id uuid           not null references agency (id),
    contact_name    varchar(200),
    contact_email   varchar(320),
    amount          numeric(14, 2) not null check (amount >= 0),
    starts_on       date           not null,
    ends_on         date           not null,
    pays_for        varchar(1000)  not null,
    status          varchar(20)    not null check (status in ('SECURED', 'VERBAL', 'BID_SUBMITTED', 'ENDED')),
    version         integer        not null default 0,
    created_at      timestamptz    not null default now(),
    check (ends_on >= starts_on)
);
create index funding_stream_site_idx on funding_stream (site_id, starts_on);
create index funding_stream_commissioner_idx on funding_stream (commissioner_id);
