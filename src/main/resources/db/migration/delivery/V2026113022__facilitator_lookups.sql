-- A facilitator's home page looks sessions and visits up by person and date, across sites.
create index facilitator_user_idx on facilitator (user_id);
create index home_visit_facilitator_facilitator_idx on home_visit_facilitator (facilitator_id);
create index home_visit_planned_idx on home_visit (planned_date) where done_on is null;
