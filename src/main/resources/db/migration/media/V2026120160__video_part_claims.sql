-- Each attempt to send a chunk claims its own part number, so two requests racing for the same offset (a retry that
-- overtakes a request still running behind a proxy) write different blobs: the one that is recorded first is the
-- part, the other is refused and its blob removed, and a recorded part is never overwritten.
alter table video add column next_part int not null default 0 check (next_part >= 0);
update video v set next_part = coalesce((select max(p.part) + 1 from video_part p where p.video_id = v.id), 0);
