-- Email waiting to be sent, and what was sent. A row is queued in the transaction of the change that caused it
-- (so a rolled-back change sends nothing) and sent later by a job; (key, recipient) is unique so a job that runs
-- twice, or on two nodes, queues each message once.
create table notification_outbox (
    id                uuid primary key,
    notification_key  varchar(300) not null,
    recipient_user_id uuid         not null,
    recipient_email   varchar(320) not null,
    subject           varchar(300) not null,
    body              text         not null,
    queued_at         timestamptz  not null default now(),
    next_attempt_at   timestamptz  not null default now(),
    attempts          integer      not null default 0,
    last_error        varchar(500),
    sent_at           timestamptz,
    constraint notification_outbox_once unique (notification_key, recipient_user_id)
);
create index notification_outbox_due_idx on notification_outbox (next_attempt_at) where sent_at is null;
