package org.babysteps.reporting.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.reporting.ComplianceStatus;
import org.babysteps.reporting.ConditionResult;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.SupervisionHistory;
import org.babysteps.workforce.SupervisionRules;
import org.junit.jupiter.api.Test;

class SupervisionThroughoutComplianceTest {

    /** The workforce file says 8 weeks; the licence condition's 6 weeks is what compliance is judged on. */
    private static final SupervisionRules WORKFORCE = new SupervisionRules(8, 12, 2, 30, 240);
    private final org.babysteps.programme.LicenceConditionDefinition condition = Conditions.supervisionEvery(6);
    private final SupervisionThroughoutCompliance policy = new SupervisionThroughoutCompliance(condition, WORKFORCE);

    private static SupervisionHistory facilitator(String name, LocalDate... sessions) {
        return new SupervisionHistory(PractitionerId.random(), name, LocalDate.of(2024, 1, 1), null, List.of(sessions));
    }

    @Test
    void supervisedEverySixWeeksThroughoutTheQuarterIsMet() {
        ConditionResult result = policy.assess(condition, List.of(facilitator("Maya",
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 10), LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 25))),
                Conditions.Q3);
        assertThat(result.status()).isEqualTo(ComplianceStatus.MET);
        assertThat(result.sentence()).isEqualTo("The 1 facilitator in post 1 July 2026 to 30 September 2026 had reflective "
                + "supervision at least every 6 weeks.");
    }

    @Test
    void aGapLongerThanSixWeeksInsideThePeriodCountsEvenIfSupervisedSince() {
        // 7 weeks between 1 Jul and 19 Aug, then supervised again: overdue in between, so not compliant
        ConditionResult result = policy.assess(condition, List.of(
                facilitator("Maya", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 19), LocalDate.of(2026, 9, 20)),
                facilitator("Femi", LocalDate.of(2026, 6, 25), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 10))),
                Conditions.Q3);
        assertThat(result.compliant()).isEqualTo(1);
        assertThat(result.total()).isEqualTo(2);
        assertThat(result.status()).isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(result.sentence()).isEqualTo("1 of 2 facilitators in post 1 July 2026 to 30 September 2026 went more than "
                + "6 weeks without reflective supervision.");
        assertThat(result.behind()).containsExactly("Maya: overdue from 13 August 2026 (last supervision 1 July 2026)");
    }

    @Test
    void threeOfFourUpToDateIsAtRisk() {
        LocalDate[] regular = {LocalDate.of(2026, 6, 20), LocalDate.of(2026, 7, 25), LocalDate.of(2026, 9, 1)};
        ConditionResult result = policy.assess(condition, List.of(facilitator("A", regular), facilitator("B", regular),
                facilitator("C", regular), facilitator("D")), Conditions.Q3);
        assertThat(result.status()).isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(result.behind()).containsExactly("D: overdue from 26 March 2024 (no supervision recorded)");
    }

    @Test
    void facilitatorsWhoLeftBeforeOrStartedAfterThePeriodAreNotCounted() {
        SupervisionHistory left = new SupervisionHistory(PractitionerId.random(), "Left", LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 7, 1), List.of());
        SupervisionHistory joinedLate = new SupervisionHistory(PractitionerId.random(), "New", LocalDate.of(2026, 10, 5),
                null, List.of());
        ConditionResult result = policy.assess(condition, List.of(left, joinedLate), Conditions.Q3);
        assertThat(result.status()).isEqualTo(ComplianceStatus.NO_DATA);
        assertThat(result.sentence()).isEqualTo("No facilitators were in post 1 July 2026 to 30 September 2026.");
    }

    @Test
    void aNewFacilitatorHasTheWorkforceAllowanceForTheirFirstSession() {
        SupervisionHistory starter = new SupervisionHistory(PractitionerId.random(), "New", LocalDate.of(2026, 8, 1),
                null, List.of());
        assertThat(policy.assess(condition, List.of(starter), Conditions.Q3).status()).isEqualTo(ComplianceStatus.MET);
    }
}
