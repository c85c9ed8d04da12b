-- A licence taken back before it ever ran (a draft, or issued for dates that had not come yet) ends like any other,
-- keeping its row and history; the flag lets the pages say "withdrawn" and keeps it from standing in for the
-- licence the site last held.
alter table licence add column withdrawn boolean not null default false;
