-- When a film is deleted its parent links are closed and forget the parent's name (personal data with no purpose
-- left); the participant id stays, with the audit trail, as the record of who was given access. A link that is still
-- open always has its name.
alter table parent_watch_link alter column parent_name drop not null;
alter table parent_watch_link add constraint parent_watch_link_name_while_open
    check (parent_name is not null or withdrawn_at is not null);
