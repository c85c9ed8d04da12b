-- Whether the family's consent to use their answers in evaluation is no longer current: such responses are left out
-- of every analysis, report and export. Kept by the outcomes module from the family module's consent events.
-- Responses stored before this column existed start as null ("not yet known"), which every reader leaves out too,
-- until the start-up backfill (EvaluationConsentBackfill) asks the family module and sets true or false.
alter table questionnaire_response add column evaluation_use_withdrawn boolean default false;
update questionnaire_response set evaluation_use_withdrawn = null;
-- the backfill finds its work fast, and the index is empty once it is done
create index questionnaire_response_consent_unknown_idx on questionnaire_response (family_id)
    where evaluation_use_withdrawn is null;
