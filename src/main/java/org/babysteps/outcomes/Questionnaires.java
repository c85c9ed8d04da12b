package org.babysteps.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.programme.RespondentRole;

/**
 * Questionnaire responses for other modules, within the caller's sites and audited as reads of personal data. Needs
 * the family's consent to evaluation use before anything is recorded.
 */
public interface Questionnaires {

    /**
     * Records a questionnaire answered in full elsewhere (paper, another system) as completed, scored against the
     * newest instrument version.
     *
     * @param answers item number to chosen value
     * @throws AnswerOutOfRangeException for an answer the instrument does not offer; nothing is saved
     */
    ResponseSummary recordCompleted(FamilyId family, UUID participantId, RespondentRole role, String timePoint,
                                    String instrumentCode, Map<Integer, Integer> answers);

    /**
     * Records a questionnaire the parent completed on paper on {@code completedOn}, entered now (backfill).
     *
     * @throws org.babysteps.platform.RuleViolationException on field "completedOn" for a date in the future or before
     *                                                       the family's referral; nothing is saved
     * @throws AnswerOutOfRangeException                    for an answer the instrument does not offer
     */
    ResponseSummary recordCompletedOnPaper(FamilyId family, UUID participantId, RespondentRole role, String timePoint,
                                           String instrumentCode, Map<Integer, Integer> answers, LocalDate completedOn);

    /** A response of one of the caller's sites, e.g. the one a {@link RiskAnswersGiven} names. */
    Optional<ResponseSummary> find(UUID responseId);

    /** Every response of a family, oldest first. */
    List<ResponseSummary> ofFamily(FamilyId family);
}
