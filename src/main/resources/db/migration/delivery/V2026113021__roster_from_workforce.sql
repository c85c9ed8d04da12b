-- The roster is kept from the workforce module's events: which practitioner an entry is, and until when their
-- training counts (refresher expiry).
alter table facilitator add column practitioner_id uuid;
alter table facilitator add column trained_until date;
