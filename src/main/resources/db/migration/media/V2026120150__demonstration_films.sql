-- Demonstration films: the licensor's own films of how to set up talk and listen time, made with actors or consenting
-- staff. They belong to no site and no family, so a video's site becomes optional for them alone, and they carry a
-- short description for the facilitators who choose one to watch.
alter table video alter column site_id drop not null;
alter table video add constraint video_site_unless_demonstration check (kind = 'DEMONSTRATION' or site_id is not null);
alter table video add column description varchar(1000);
alter table video add constraint video_description_only_for_demonstration
    check (kind = 'DEMONSTRATION' or description is null);
create index video_demonstration_idx on video (completed_at) where kind = 'DEMONSTRATION' and status = 'READY';

-- A viewing of a demonstration film belongs to no site either (the film has none); viewings of family films keep theirs.
alter table video_view alter column site_id drop not null;
