-- A site's local evaluation report for a period. The figures are worked out from the records whenever it is read;
-- what is stored is the period, the site's own narrative, and whether the site lead has shared it with the site's
-- commissioners (a draft is seen only by the site's team and the licensor).
create table evaluation_report (
    id          uuid primary key,
    site_id     uuid         not null references site (id),
    title       varchar(200) not null,
    period_from date         not null,
    period_to   date         not null,
    status      varchar(10)  not null check (status in ('DRAFT', 'SHARED')),
    shared_at   timestamptz,
    created_by  uuid         not null,
    created_at  timestamptz  not null default now(),
    version     integer      not null default 0,
    check (period_to >= period_from),
    check ((status = 'SHARED') = (shared_at is not null))
);
create index evaluation_report_site_idx on evaluation_report (site_id, period_to desc);

-- The site's own words, one row per section; the sections themselves are fixed by the application.
create table evaluation_narrative (
    report_id  uuid        not null references evaluation_report (id),
    section    varchar(30) not null,
    body       text        not null check (length(body) between 1 and 5000),
    updated_by uuid        not null,
    updated_at timestamptz not null default now(),
    primary key (report_id, section)
);
