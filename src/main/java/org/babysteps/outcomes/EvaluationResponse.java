package org.babysteps.outcomes;

import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.programme.RespondentRole;

/**
 * One completed questionnaire as an evaluator's data set needs it: ids to pseudonymise, the stored scores and the
 * month of completion. The exact day never leaves the module (a day plus a site narrows a parent down too far); no
 * answers, no names, no free text.
 *
 * @param responseId        the response, to keep rows apart; not for publication
 * @param participantId     the parent who answered (a family member id)
 * @param total             the stored total; null when too many items were missing to score it
 * @param prorated          whether the total was prorated for missing items
 * @param subscaleTotals    stored subscale totals by subscale code (only subscales whose items were all answered)
 * @param completedMonth    the month (Europe/London) the questionnaire was completed
 */
public record EvaluationResponse(UUID responseId, FamilyId family, UUID participantId, RespondentRole role,
                                 String timePoint, String instrumentCode, int instrumentVersion, Integer total,
                                 boolean prorated, Map<String, Integer> subscaleTotals, YearMonth completedMonth) {

    public EvaluationResponse {
        subscaleTotals = Map.copyOf(subscaleTotals);
    }
}
