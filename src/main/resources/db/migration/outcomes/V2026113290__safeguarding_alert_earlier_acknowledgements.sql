-- A new risk rule for the same answers (e.g. the total, judged when the questionnaire is completed, after an item
-- answer had already raised the alert) reopens an acknowledged alert. The acknowledgement it had is moved here, so
-- what was done before stays on record beside what is done now.
create table safeguarding_alert_earlier_acknowledgement (
    alert_id             uuid          not null references safeguarding_alert (id),
    acknowledged_at      timestamptz   not null,
    acknowledged_by      uuid,
    acknowledged_by_name varchar(200),
    action_taken         varchar(2000) not null,
    referral             varchar(40),
    reopened_at          timestamptz   not null,
    -- the rule codes whose arrival reopened the alert
    reopened_for         text[]        not null,
    primary key (alert_id, acknowledged_at)
);
