-- The outcome analysis reads one instrument's completed totals at two time points, oldest first, up to a day: for
-- the licensor's national page that is every site's scores. This index holds every column the read needs, in that
-- order, so the read is an index-only scan of one instrument's entries instead of a scan of the whole table (with the
-- answers) and a sort. Measured with bench/outcomes.sh at 1M families (see bench/README.md).
create index questionnaire_response_scores_idx on questionnaire_response (instrument_code, completed_at, id)
    include (time_point, site_id, family_id, participant_id, respondent_role, instrument_version, total)
    where status = 'COMPLETED' and total is not null;
