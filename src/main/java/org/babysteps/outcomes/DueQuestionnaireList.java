package org.babysteps.outcomes;

/**
 * The questionnaires due now for the families a facilitator works with: those in the groups they facilitate that are
 * running, not started yet, or finished in the last 16 weeks (the follow-up falls 12 weeks after the last session).
 * A questionnaire is due from a week before its time point's date until it is completed. Within the caller's sites;
 * reading it is audited as a read of each family's answers.
 */
public interface DueQuestionnaireList {

    FacilitatorQuestionnaires forSignedInFacilitator();
}
