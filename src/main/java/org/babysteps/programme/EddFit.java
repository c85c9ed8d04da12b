package org.babysteps.programme;

/**
 * Whether a pregnancy fits a group, judged at the group's first session.
 *
 * @param fits                  whether the gestation at the first session is within the programme's range
 * @param gestationWeeksAtStart completed weeks of pregnancy at the first session (29 for "29+3")
 * @param gestationDaysAtStart  days beyond the completed weeks, 0 to 6 (3 for "29+3")
 * @param explanation           a sentence for the user, e.g. "29 weeks pregnant at the first session: fits (24 to 32 weeks)"
 */
public record EddFit(boolean fits, int gestationWeeksAtStart, int gestationDaysAtStart, String explanation) {

    /** The gestation in days, e.g. 206 for "29+3". */
    public int totalGestationDays() {
        return gestationWeeksAtStart * 7 + gestationDaysAtStart;
    }
}
