package org.babysteps.family.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.babysteps.family.BirthDetails;
import org.babysteps.family.FieldProblem;

/**
 * Whether a recorded birth can be true: born after the family was referred and not in the future, gestation of
 * 22 to 44 weeks plus 0 to 6 days, a birth weight of 300 to 6,500 grams.
 */
public final class BirthPolicy {

    static final int SHORTEST_GESTATION_WEEKS = 22;
    static final int LONGEST_GESTATION_WEEKS = 44;
    static final int LIGHTEST_GRAMS = 300;
    static final int HEAVIEST_GRAMS = 6500;

    public List<FieldProblem> problems(BirthDetails birth, LocalDate referralDate, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate born = birth.dateOfBirth();
        if (born == null) {
            problems.add(new FieldProblem("dateOfBirth", "Enter the baby's date of birth"));
        } else if (born.isAfter(today)) {
            problems.add(new FieldProblem("dateOfBirth", "The baby's date of birth must be today or in the past"));
        } else if (born.isBefore(referralDate)) {
            problems.add(new FieldProblem("dateOfBirth", "The baby's date of birth must be on or after the referral date, "
                    + DisplayDates.format(referralDate)));
        }
        Integer weeks = birth.gestationWeeks();
        if (weeks == null) {
            problems.add(new FieldProblem("gestationWeeks", "Enter the weeks of gestation at birth"));
        } else if (weeks < SHORTEST_GESTATION_WEEKS || weeks > LONGEST_GESTATION_WEEKS) {
            problems.add(new FieldProblem("gestationWeeks", "Gestation at birth must be between 22 and 44 weeks"));
        }
        Integer days = birth.gestationDays();
        if (days == null) {
            problems.add(new FieldProblem("gestationDays", "Enter the days of gestation beyond the weeks, 0 to 6"));
        } else if (days < 0 || days > 6) {
            problems.add(new FieldProblem("gestationDays", "Days of gestation must be between 0 and 6"));
        }
        Integer grams = birth.birthWeightGrams();
        if (grams == null) {
            problems.add(new FieldProblem("birthWeightGrams", "Enter the birth weight in grams"));
        } else if (grams < LIGHTEST_GRAMS || grams > HEAVIEST_GRAMS) {
            problems.add(new FieldProblem("birthWeightGrams", "Birth weight must be between 300 and 6,500 grams"));
        }
        if (birth.deliveryMode() == null) {
            problems.add(new FieldProblem("deliveryMode", "Select how the baby was born"));
        }
        return problems;
    }
}
