-- Bad-token counts are now forgotten by a scheduled job (media.parentlink.OldRefusalsPurge) rather than on every bad
-- token; its delete by age needs an index of its own so it never scans the table.
create index parent_watch_link_refusal_age_idx on parent_watch_link_refusal (refused_at);
