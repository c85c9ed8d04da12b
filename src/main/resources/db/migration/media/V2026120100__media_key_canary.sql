-- A known text encrypted under the media master key at first start. At every start it must decrypt, or the
-- configured key is not the one this database's videos were encrypted with and the platform refuses to start.
create table media_key_canary (
    id         smallint primary key check (id = 1),
    ciphertext bytea not null,
    created_at timestamptz not null default now()
);
