-- The analysis reads only responses whose family's consent to evaluation use is current (V2026113295). Rebuilt with
-- that in their predicate, the two covering indexes of V2026113280 still answer the read by an index-only scan.
drop index questionnaire_response_scores_idx;
drop index questionnaire_response_site_scores_idx;

create index questionnaire_response_scores_idx
    on questionnaire_response (instrument_code, family_id, participant_id, completed_at, id)
    include (time_point, site_id, respondent_role, instrument_version, total)
    where status = 'COMPLETED' and evaluation_use_withdrawn is false;

create index questionnaire_response_site_scores_idx
    on questionnaire_response (site_id, instrument_code, family_id, participant_id, completed_at, id)
    include (time_point, respondent_role, instrument_version, total)
    where status = 'COMPLETED' and evaluation_use_withdrawn is false;
