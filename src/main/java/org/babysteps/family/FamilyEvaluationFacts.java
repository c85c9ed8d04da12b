package org.babysteps.family;

import java.util.List;

/**
 * What an evaluator's de-identified data set needs of a family: the ticked reasons and vulnerability factors of its
 * referral (never the free-text "other reasons"), whether it completed the programme, and the birth outcomes the
 * programme's evaluations measure. No names, dates or contact details.
 *
 * @param vulnerabilityFactors factors ticked on the referral, from the programme's list
 * @param completedProgramme   the family's journey reached "completed"
 * @param gestationWeeks       completed weeks of pregnancy at birth; null until the birth is recorded
 * @param birthWeightGrams     birth weight rounded to the nearest 100 g (an exact weight can single a baby out);
 *                             null until the birth is recorded
 * @param deliveryMode         how the baby was born; null until the birth is recorded
 */
public record FamilyEvaluationFacts(FamilyId family, List<String> vulnerabilityFactors, boolean completedProgramme,
                                    Integer gestationWeeks, Integer birthWeightGrams, DeliveryMode deliveryMode) {

    public FamilyEvaluationFacts {
        vulnerabilityFactors = List.copyOf(vulnerabilityFactors);
    }
}
