package org.babysteps.reporting.evaluation.data;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

/**
 * One completed questionnaire in the evaluator's data set, already de-identified: pseudonyms instead of ids, the
 * month instead of the day, no names, no contact details, no free text.
 *
 * @param groupPseudonym          null when the family never took up a place in a group
 * @param total                   null when too many items were missing to score it
 * @param subscaleTotals          by subscale code, of this row's instrument
 * @param vulnerabilityFactors    the factors ticked on the family's referral
 * @param gestationWeeks          null until the birth is recorded (likewise the two after it)
 * @param birthWeightGrams        rounded to the nearest 100 g
 * @param deliveryMode            label of how the baby was born
 */
public record EvaluationDataRow(String familyPseudonym, String parentPseudonym, String respondentRole,
                                String groupPseudonym, String timePoint, String instrumentCode, int instrumentVersion,
                                Integer total, boolean prorated, Map<String, Integer> subscaleTotals,
                                YearMonth completedMonth, int sessionsAttended, boolean completedProgramme,
                                Set<String> vulnerabilityFactors, Integer gestationWeeks, Integer birthWeightGrams,
                                String deliveryMode) {

    public EvaluationDataRow {
        subscaleTotals = Map.copyOf(subscaleTotals);
        vulnerabilityFactors = Set.copyOf(vulnerabilityFactors);
    }
}
