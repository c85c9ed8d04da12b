package org.babysteps.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EddFitPolicyTest {

    private static final LocalDate FIRST_SESSION = LocalDate.of(2027, 3, 1);

    private final EddFitPolicy babySteps = new EddFitPolicy(new GroupRules(8, 24, 32));

    /** The EDD that makes the pregnancy exactly {@code weeks}+{@code days} at the first session. */
    private static LocalDate eddAt(int weeks, int days) {
        return FIRST_SESSION.plusDays(280 - (weeks * 7L + days));
    }

    @Test
    void twentyNineWeeksFitsAndSaysSo() {
        EddFit fit = babySteps.assess(eddAt(29, 3), FIRST_SESSION);

        assertThat(fit.fits()).isTrue();
        assertThat(fit.gestationWeeksAtStart()).isEqualTo(29);
        assertThat(fit.gestationDaysAtStart()).isEqualTo(3);
        assertThat(fit.totalGestationDays()).isEqualTo(206);
        assertThat(fit.explanation()).isEqualTo("29 weeks pregnant at the first session: fits (24 to 32 weeks)");
    }

    @Test
    void theEarliestDayOfWeekTwentyFourFits() {
        assertThat(babySteps.assess(eddAt(24, 0), FIRST_SESSION).fits()).isTrue();
    }

    @Test
    void theDayBeforeWeekTwentyFourIsTooEarly() {
        EddFit fit = babySteps.assess(eddAt(23, 6), FIRST_SESSION);

        assertThat(fit.fits()).isFalse();
        assertThat(fit.gestationWeeksAtStart()).isEqualTo(23);
        assertThat(fit.gestationDaysAtStart()).isEqualTo(6);
        assertThat(fit.explanation()).isEqualTo("Too early: 23 weeks pregnant at the first session (needs 24 to 32)");
    }

    @Test
    void theLastDayOfWeekThirtyTwoStillFits() {
        EddFit fit = babySteps.assess(eddAt(32, 6), FIRST_SESSION);

        assertThat(fit.fits()).isTrue();
        assertThat(fit.gestationWeeksAtStart()).isEqualTo(32);
    }

    @Test
    void thirtyThreeWeeksIsTooLate() {
        EddFit fit = babySteps.assess(eddAt(33, 0), FIRST_SESSION);

        assertThat(fit.fits()).isFalse();
        assertThat(fit.explanation()).isEqualTo("Too late: 33 weeks pregnant at the first session (needs 24 to 32)");
    }

    @Test
    void twentyWeeksIsTooEarly() {
        assertThat(babySteps.assess(eddAt(20, 0), FIRST_SESSION).explanation())
                .isEqualTo("Too early: 20 weeks pregnant at the first session (needs 24 to 32)");
    }

    @Test
    void dueOnTheDayOfTheFirstSessionIsFortyWeeksAndTooLate() {
        EddFit fit = babySteps.assess(FIRST_SESSION, FIRST_SESSION);

        assertThat(fit.gestationWeeksAtStart()).isEqualTo(40);
        assertThat(fit.fits()).isFalse();
    }

    @Test
    void aBabyDueBeforeTheGroupStartsIsTooLateAndSaysWhy() {
        EddFit fit = babySteps.assess(FIRST_SESSION.minusDays(3), FIRST_SESSION);

        assertThat(fit.fits()).isFalse();
        assertThat(fit.explanation()).isEqualTo("Too late: the baby is due before the first session (needs 24 to 32)");
    }

    @Test
    void anEddMoreThanFortyWeeksAwayIsTooEarlyWithoutNegativeWeeksInTheText() {
        EddFit fit = babySteps.assess(FIRST_SESSION.plusWeeks(41), FIRST_SESSION);

        assertThat(fit.fits()).isFalse();
        assertThat(fit.explanation()).startsWith("Too early:").doesNotContain("-");
    }

    @Test
    void oneWeekIsSingular() {
        EddFitPolicy fromOneWeek = new EddFitPolicy(new GroupRules(8, 4, 10));

        assertThat(fromOneWeek.assess(eddAt(1, 2), FIRST_SESSION).explanation())
                .isEqualTo("Too early: 1 week pregnant at the first session (needs 4 to 10)");
    }
}
