-- The outcome analysis reads one instrument's completed totals at two time points up to a day, parent by parent
-- (each parent's scores oldest first), and pairs each parent's few as they stream in. These two indexes hold every
-- column that read needs in that order, so it is an index-only scan with no sort and no table pages (whose answers
-- make them wide): for every site (the licensor's national page) and for one site (its dashboard, its groups). The
-- one-site index does all that questionnaire_response_analysis_idx did (completed responses of a site, e.g. the
-- evaluation export's), so it replaces it. Measured with bench/outcomes.sh at 1M families (see bench/README.md).
create index questionnaire_response_scores_idx
    on questionnaire_response (instrument_code, family_id, participant_id, completed_at, id)
    include (time_point, site_id, respondent_role, instrument_version, total)
    where status = 'COMPLETED';

create index questionnaire_response_site_scores_idx
    on questionnaire_response (site_id, instrument_code, family_id, participant_id, completed_at, id)
    include (time_point, respondent_role, instrument_version, total)
    where status = 'COMPLETED';

drop index questionnaire_response_analysis_idx;
