-- When an upload last moved (created, or a chunk claimed or recorded), so the retention job can delete uploads that
-- were abandoned: failed or given up half way, they would otherwise keep their row, wrapped key and parts forever.
alter table video add column touched_at timestamptz;
update video set touched_at = coalesce(completed_at, created_at);
alter table video alter column touched_at set default now();
alter table video alter column touched_at set not null;
create index video_uploading_touched_idx on video (touched_at) where status = 'UPLOADING';
