-- A run cancelled before it started stays, marked with why, when and by whom; its events no longer count.
alter table course_run
    add column cancelled_at        timestamptz,
    add column cancelled_by        varchar(320),
    add column cancellation_reason varchar(1000),
    add constraint course_run_cancellation_check check (
        (cancelled_at is null and cancelled_by is null and cancellation_reason is null)
        or (cancelled_at is not null and cancelled_by is not null and cancellation_reason is not null));

-- Each save of an event's register moves its version on, so a save built on an older screen is refused.
alter table course_event add column register_version integer not null default 0 check (register_version >= 0);
