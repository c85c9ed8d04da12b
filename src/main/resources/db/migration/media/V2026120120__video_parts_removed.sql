-- When a deleted video's encrypted parts were removed from storage. Deletion destroys the data key first (in the same
-- transaction as the status change) and removes the parts after commit; when storage is down then, this stays null
-- and the daily retention job's sweep removes them later.
alter table video add column parts_removed_at timestamptz;
alter table video add constraint video_parts_removed_only_when_deleted
    check (parts_removed_at is null or status = 'DELETED');
create index video_unswept_idx on video (deleted_at) where status = 'DELETED' and parts_removed_at is null;
