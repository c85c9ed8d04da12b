-- Staff accounts. Agencies and sites belong to the site module and are referred to by id only.
create table app_user (
    id            uuid primary key,
    email         varchar(320) not null,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    agency_id     uuid,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);
create unique index app_user_email_uq on app_user (lower(email));

create table user_role (
    user_id uuid        not null references app_user (id),
    role    varchar(40) not null,
    primary key (user_id, role)
);

create table user_site (
    user_id uuid not null references app_user (id),
    site_id uuid not null,
    primary key (user_id, site_id)
);
create index user_site_site_idx on user_site (site_id);

-- Failed logins, by account and by address, for throttling across every node.
create table login_failure (
    id         bigserial primary key,
    email      varchar(320) not null,
    address    varchar(64)  not null,
    failed_at  timestamptz  not null
);
create index login_failure_email_idx on login_failure (lower(email), failed_at);
create index login_failure_address_idx on login_failure (address, failed_at);
