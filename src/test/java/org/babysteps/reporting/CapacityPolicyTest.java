package org.babysteps.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.babysteps.workforce.CapacityAllowances;
import org.babysteps.workforce.CapacityFacilitator;
import org.babysteps.workforce.PractitionerId;
import org.junit.jupiter.api.Test;

/**
 * Capacity: each planned session needs a trained health and a trained children's services facilitator for its
 * length plus preparation; protected hours over the working days in post are what each side has.
 */
class CapacityPolicyTest {

    /** An hour of preparation per session; a new facilitator brings 7.5 hours a week. */
    private final CapacityPolicy policy = new CapacityPolicy(new CapacityAllowances(60, new BigDecimal("7.5")));
    /** A quarter of 13 weeks. */
    private static final int WEEKDAYS = 65;

    private static CapacityFacilitator facilitator(String type, String hours, int days, boolean trained) {
        return new CapacityFacilitator(PractitionerId.random(), type, type, new BigDecimal(hours), days, trained);
    }

    @Test
    void hoursNeededAreSessionsTimesLengthAndPreparationForBothFacilitators() {
        // 9 sessions of 2 hours, plus 1 hour preparation each: 27 hours a side, 54 for the pair
        CapacityAssessment a = policy.assess(9, 9 * 120, WEEKDAYS, List.of());
        assertThat(a.neededHours()).isEqualByComparingTo("54");
        assertThat(a.health().neededHours()).isEqualByComparingTo("27");
        assertThat(a.childrensServices().neededHours()).isEqualByComparingTo("27");
    }

    @Test
    void aTrainedPairWithEnoughProtectedHoursHasNoShortfall() {
        CapacityAssessment a = policy.assess(9, 9 * 120, WEEKDAYS, List.of(
                facilitator("HEALTH", "7.5", WEEKDAYS, true), facilitator("CHILDRENS_SERVICES", "3", WEEKDAYS, true)));
        assertThat(a.health().availableHours()).isEqualByComparingTo("97.5");
        assertThat(a.childrensServices().availableHours()).isEqualByComparingTo("39");
        assertThat(a.shortfall()).isFalse();
        assertThat(a.trainingNeed()).isEmpty();
    }

    @Test
    void untrainedFacilitatorsDoNotCountAndTheGapBecomesATrainingNeed() {
        CapacityAssessment a = policy.assess(9, 9 * 120, WEEKDAYS, List.of(
                facilitator("HEALTH", "7.5", WEEKDAYS, true), facilitator("CHILDRENS_SERVICES", "7.5", WEEKDAYS, false)));
        assertThat(a.health().shortfall()).isFalse();
        assertThat(a.childrensServices().shortfallHours()).isEqualByComparingTo("27");
        assertThat(a.childrensServices().trainMore()).isEqualTo(1);
        assertThat(a.trainingNeed()).isEqualTo("Train 1 more children's services facilitator");
    }

    @Test
    void leaveAndLeavingShrinkTheHoursAvailable() {
        // in post for 2 weeks of the quarter only: 7.5 x 10 / 5 = 15 hours, 12 short of 27
        CapacityAssessment a = policy.assess(9, 9 * 120, WEEKDAYS, List.of(
                facilitator("HEALTH", "7.5", 10, true), facilitator("CHILDRENS_SERVICES", "7.5", WEEKDAYS, true)));
        assertThat(a.health().availableHours()).isEqualByComparingTo("15");
        assertThat(a.health().shortfallHours()).isEqualByComparingTo("12");
        assertThat(a.trainingNeed()).isEqualTo("Train 1 more health facilitator");
    }

    @Test
    void aLargeGapNeedsSeveralNewFacilitatorsRoundedUp() {
        // 40 sessions of 2 hours + 1 hour preparation: 120 hours a side; a new facilitator brings 97.5 a quarter
        CapacityAssessment a = policy.assess(40, 40 * 120, WEEKDAYS, List.of());
        assertThat(a.health().trainMore()).isEqualTo(2);
        assertThat(a.trainingNeed()).isEqualTo("Train 2 more health and 2 more children's services facilitators");
    }

    @Test
    void voluntarySectorFacilitatorsCountForNeitherSideOfThePair() {
        CapacityAssessment a = policy.assess(1, 120, WEEKDAYS, List.of(facilitator("VOLUNTARY", "30", WEEKDAYS, true)));
        assertThat(a.health().availableHours()).isEqualByComparingTo("0");
        assertThat(a.shortfall()).isTrue();
    }

    @Test
    void nothingPlannedNeedsNothing() {
        CapacityAssessment a = policy.assess(0, 0, WEEKDAYS, List.of());
        assertThat(a.shortfall()).isFalse();
        assertThat(a.health().trainMore()).isZero();
    }

    @Test
    void aLeaverWhoseHoursFallBeforeTheSessionsBreaksThePairEvenIfTheQuarterAddsUp() {
        CapacityFacilitator health = facilitator("HEALTH", "7.5", 5, true);
        CapacityFacilitator leaverBefore = facilitator("CHILDRENS_SERVICES", "7.5", 5, true);
        CapacityFacilitator leaverGone = new CapacityFacilitator(leaverBefore.id(), "fsw", "CHILDRENS_SERVICES",
                new BigDecimal("7.5"), 0, true);
        // week 1: no sessions, both in post; week 2: one 2-hour session, the children's services facilitator has left
        CapacityAssessment quarter = policy.assessWeeks(List.of(
                new CapacityWeek(0, 0, 5, List.of(health, leaverBefore)),
                new CapacityWeek(1, 120, 5, List.of(health, leaverGone))));
        assertThat(quarter.childrensServices().availableHours()).isEqualByComparingTo("7.5");
        assertThat(quarter.childrensServices().neededHours()).isEqualByComparingTo("3");
        assertThat(quarter.childrensServices().shortfallHours()).isEqualByComparingTo("3");
        assertThat(quarter.health().shortfall()).isFalse();
        assertThat(quarter.trainingNeed()).isEqualTo("Train 1 more children's services facilitator");
    }

    @Test
    void weeklyShortfallsAddUpAndTheWorstWeekSetsTheTrainingNeed() {
        CapacityAssessment quarter = policy.assessWeeks(List.of(
                new CapacityWeek(3, 360, 5, List.of()), new CapacityWeek(1, 120, 5, List.of())));
        assertThat(quarter.sessions()).isEqualTo(4);
        assertThat(quarter.health().shortfallHours()).isEqualByComparingTo("12");
        // 9 hours in the busiest week, 7.5 a new facilitator brings: 2
        assertThat(quarter.health().trainMore()).isEqualTo(2);
    }
}
