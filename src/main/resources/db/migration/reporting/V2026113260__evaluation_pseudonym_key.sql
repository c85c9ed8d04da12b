-- The installation's secret for evaluators' pseudonyms (HMAC-SHA256 key): one row, made on first export. It keeps
-- pseudonyms stable across exports and irreversible for whoever receives one; anyone who can read this table can
-- also read the families themselves, so it is no defence against the database's own users.
create table evaluation_pseudonym_key (
    id         smallint    primary key check (id = 1),
    secret     bytea       not null check (octet_length(secret) = 32),
    created_at timestamptz not null default now()
);
