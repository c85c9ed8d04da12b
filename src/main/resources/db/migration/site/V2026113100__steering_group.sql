-- A site's multi-agency steering group: members (kept after they leave, so old meetings still name them),
-- meetings with who attended, and actions owned by a member. Every change is audited by the service.
create table steering_member (
    id           uuid primary key,
    site_id      uuid         not null references site (id),
    name         varchar(200) not null,
    agency_id    uuid references agency (id),
    organisation varchar(200),
    role         varchar(200) not null,
    seniority    varchar(20)  not null check (seniority in ('STRATEGIC', 'OPERATIONAL', 'PRACTICE')),
    left_on      date,
    version      integer      not null default 0,
    created_at   timestamptz  not null default now(),
    -- a partner agency of the site, or the name of another organisation (a commissioner, a school)
    check ((agency_id is null) <> (organisation is null))
);
create index steering_member_site_idx on steering_member (site_id);

create table steering_meeting (
    id         uuid primary key,
    site_id    uuid          not null references site (id),
    held_on    date          not null,
    minutes    varchar(20000),
    decisions  text[]        not null default '{}',
    version    integer       not null default 0,
    created_at timestamptz   not null default now()
);
create index steering_meeting_site_idx on steering_meeting (site_id, held_on);

create table steering_attendee (
    meeting_id uuid not null references steering_meeting (id),
    member_id  uuid not null references steering_member (id),
    primary key (meeting_id, member_id)
);
create index steering_attendee_member_idx on steering_attendee (member_id);

create table steering_action (
    id          uuid primary key,
    site_id     uuid          not null references site (id),
    meeting_id  uuid references steering_meeting (id),
    description varchar(1000) not null,
    owner_id    uuid          not null references steering_member (id),
    due_on      date          not null,
    status      varchar(10)   not null check (status in ('OPEN', 'DONE')),
    done_on     date,
    version     integer       not null default 0,
    created_at  timestamptz   not null default now(),
    check ((status = 'DONE') = (done_on is not null))
);
-- the overdue query: open actions of a site by due date
create index steering_action_open_idx on steering_action (site_id, due_on) where status = 'OPEN';
