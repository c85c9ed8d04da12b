-- A national-scale outcomes data set for bench/outcomes.sh, written straight into the benchmark's own embedded
-- database (a generator, not application code). psql variables: families (e.g. 1000000), sites (e.g. 500; the three
-- demo sites are among them, North Demo Site the biggest), seed (0..1, for random()).
--
-- Shape, after the brief (1M families, 5M questionnaire responses, 500 sites):
--   * families referred over the last two years, spread unevenly over the sites (a few big, many small);
--   * 60% couples (birth parent and partner), the rest single birth parents;
--   * 45% of families took part in outcome measurement (the funnel from referral to start is steep), and for each of
--     their parents 80% of the instruments asked were answered (the couple scale only of couples);
--   * each such parent-instrument has a baseline about 2-6 weeks after referral; 80% have an end-of-programme score
--     about 12-15 weeks later, 15% an end-of-antenatal one, 10% a follow-up; scores not yet due today are absent;
--   * totals within each instrument's range, later scores mostly better by a few points, some unchanged or worse.
-- Everything is ordinary logged tables and indexes as the application made them; nothing is dropped.
\set ON_ERROR_STOP on
select setseed(:seed);

-- The instruments as the files define them: range, items, which way is worse, and a plausible baseline spread.
begin;
create temp table bench_instrument (code text, lo int, hi int, items int, worse_higher boolean, partner_only boolean,
                                    mean float8, sd float8, improvement float8);
insert into bench_instrument values
    ('epds',      0, 30, 10, true,  false, 11, 5.0, 2.5),
    ('gad-7',     0, 21,  7, true,  false,  8, 4.5, 2.0),
    ('phq-9',     0, 27,  9, true,  false,  9, 5.0, 2.0),
    ('rosenberg', 0, 30, 10, false, false, 17, 5.0, 1.5),
    ('csi-4',     0, 21,  4, false, true,  14, 4.0, 1.0);

-- Sites: the demo ones first (North the biggest), then generated ones with their lead agencies.
create temp table bench_site (n int primary key, id uuid not null);
insert into bench_site
select row_number() over (order by case name when 'North Demo Site' then 0 when 'South Demo Site' then 1 else 2 end, name) - 1, id
from site where name in ('North Demo Site', 'South Demo Site', 'East Demo Site');
insert into agency (id, name, type)
select gen_random_uuid(), 'Bench lead agency ' || lpad(n::text, 4, '0'), 'CHILDRENS_SERVICES'
from generate_series((select count(*) from bench_site), :sites - 1) n;
insert into site (id, name, area, lead_agency_id)
select gen_random_uuid(), 'Bench site ' || substr(a.name, 19), 'Bench area ' || substr(a.name, 19), a.id
from agency a where a.name like 'Bench lead agency %';
insert into bench_site
select substr(name, 12)::int, id from site where name like 'Bench site %';

-- Families. Site index floor(S * u^1.6): the first sites get the most families (North about 2% of them).
create temp table bench_family as
select f.n, f.id, f.birth_parent, f.partner, s.id as site_id, f.referral_date, f.measured
from (select n, gen_random_uuid() as id, gen_random_uuid() as birth_parent,
             case when random() < 0.6 then gen_random_uuid() end as partner,
             floor(:sites * power(random(), 1.6))::int as site_n,
             (current_date - (random() * 730)::int) as referral_date,
             random() < 0.45 as measured
      from generate_series(1, :families) n) f
join bench_site s on s.n = f.site_n;
analyze bench_family;

insert into family (id, site_id, programme_id, programme_version, display_name, referrer_source, referrer_name,
                    referral_date, expected_delivery_date, preferred_language, interpreter_needed, needs_transport_help,
                    stage, stage_since)
select id, site_id, 'baby-steps', 1, 'Bench family ' || n, 'Midwife', 'Bench referrer', referral_date,
       referral_date + 84, 'English', false, false,
       case when measured then 'COMPLETED' else 'REFERRED' end, referral_date
from bench_family;

insert into family_member (id, family_id, site_id, role, position, name, first_name, last_name, date_of_birth)
select birth_parent, id, site_id, 'PARENT', 1, 'Bench Parent ' || n, 'Bench', 'Parent ' || n,
       date '1985-01-01' + (n % 5000)::int
from bench_family;
insert into family_member (id, family_id, site_id, role, position, name, first_name, last_name, date_of_birth)
select partner, id, site_id, 'PARENT', 2, 'Bench Partner ' || n, 'Bench', 'Partner ' || n,
       date '1984-01-01' + (n % 5000)::int
from bench_family where partner is not null;

-- One row per parent and instrument answered: the baseline total and the change they will show later.
create temp table bench_track as
select f.id as family_id, f.site_id, p.participant, p.role, i.code, i.items, i.lo, i.hi,
       f.referral_date + 14 + (random() * 28)::int as baseline_on,
       least(i.hi, greatest(i.lo, round(random_normal(i.mean, i.sd))))::int as baseline,
       random_normal(i.improvement, 3.0) * (case when i.worse_higher then -1 else 1 end) as change
from bench_family f
cross join lateral (values (f.birth_parent, 'BIRTH_PARENT'), (f.partner, 'PARTNER')) p (participant, role)
cross join bench_instrument i
where f.measured and p.participant is not null and (f.partner is not null or not i.partner_only) and random() < 0.8;

-- Each time point that is answered and already due; later totals move by a share of the parent's change.
insert into questionnaire_response (id, family_id, site_id, participant_id, respondent_role, programme_id,
        programme_version, time_point, instrument_code, instrument_version, status, answers, entered_by_name,
        started_at, updated_at, completed_at, total, prorated, answered, missing)
select gen_random_uuid(), t.family_id, t.site_id, t.participant, t.role, 'baby-steps', 1, tp.code, t.code, 1,
       'COMPLETED', array(select s.total / t.items + case when k <= s.total % t.items then 1 else 0 end
                          from generate_series(1, t.items) k),
       'Bench generator', s.at - interval '6 minutes', s.at, s.at, s.total, false, t.items, 0
from bench_track t
cross join lateral (values ('baseline', 0, 1.0, 0.0), ('end-of-antenatal', 49, 0.15, 0.6),
                           ('end-of-programme', 84, 0.8, 1.0), ('follow-up', 168, 0.1, 0.9)) tp (code, after, share, effect)
cross join lateral (select (t.baseline_on + tp.after + case when tp.after = 0 then 0 else (random() * 21)::int end)
                               + time '09:00' + random() * interval '9 hours' as at,
                           least(t.hi, greatest(t.lo, t.baseline + round(tp.effect * t.change)))::int as total) s
where random() < tp.share and s.at < now();
commit;

vacuum analyze family;
vacuum analyze family_member;
vacuum analyze questionnaire_response;
vacuum analyze site;
