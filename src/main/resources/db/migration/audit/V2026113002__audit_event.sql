-- Append-only, hash-chained audit of who saw or changed personal data, and of every login.
create table audit_event (
    seq           bigint primary key,
    occurred_at   timestamptz not null,
    actor_id      uuid,
    actor_name    varchar(320) not null,
    action        varchar(40)  not null,
    record_type   varchar(60)  not null,
    record_id     varchar(100),
    site_id       uuid,
    address       varchar(64),
    detail        varchar(1000),
    previous_hash char(64)     not null,
    hash          char(64)     not null
);

create index audit_event_actor_idx on audit_event (actor_name, occurred_at);
create index audit_event_record_idx on audit_event (record_type, record_id);
create index audit_event_time_idx on audit_event (occurred_at);

-- Rows may be added, never changed or removed: the database refuses, whatever the application does.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
