-- Safeguarding alerts: raised from a response's risk answers, seen by the family's facilitators and the site's
-- leads, acknowledged with the action taken, escalated to the leads after one working day. Families, sites and
-- users are other modules' records, referred to by id only. No answers or item texts are kept here.

create table safeguarding_alert (
    id                  uuid primary key,
    -- one alert per response, so a redelivered event raises nothing new
    response_id         uuid         not null unique,
    site_id             uuid         not null,
    family_id           uuid         not null,
    instrument_code     varchar(63)  not null,
    instrument_version  integer      not null,
    self_completed      boolean      not null,
    given_at            timestamptz  not null,
    raised_at           timestamptz  not null,
    escalates_at        timestamptz  not null,
    status              varchar(20)  not null check (status in ('OPEN', 'ESCALATED', 'ACKNOWLEDGED')),
    escalated_at        timestamptz,
    acknowledged_at     timestamptz,
    acknowledged_by     uuid,
    acknowledged_by_name varchar(200),
    action_taken        varchar(2000),
    referral            varchar(40),
    version             integer      not null default 0,
    check ((status = 'ACKNOWLEDGED') = (acknowledged_at is not null and action_taken is not null))
);
create index safeguarding_alert_site_idx on safeguarding_alert (site_id, status, raised_at desc);
-- the escalation job reads only open alerts that are due
create index safeguarding_alert_due_idx on safeguarding_alert (escalates_at) where status = 'OPEN';

-- The rules the answers hit, with the staff action as the instrument version said it when the alert was raised.
create table safeguarding_alert_rule (
    alert_id     uuid          not null references safeguarding_alert (id),
    position     integer       not null,
    rule_code    varchar(63)   not null,
    staff_action varchar(2000) not null,
    primary key (alert_id, position)
);

-- The facilitators of the family's group when the alert was raised: they see it and may acknowledge it.
create table safeguarding_alert_watcher (
    alert_id uuid not null references safeguarding_alert (id),
    user_id  uuid not null,
    primary key (alert_id, user_id)
);
create index safeguarding_alert_watcher_user_idx on safeguarding_alert_watcher (user_id);
