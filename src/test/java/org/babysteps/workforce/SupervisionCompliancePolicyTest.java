package org.babysteps.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Supervision compliance against the licence frequency: first session after starting, then a maximum gap. */
class SupervisionCompliancePolicyTest {

    private static final SupervisionRules RULES = new SupervisionRules(8, 12, 2, 30, 240);
    private final SupervisionCompliancePolicy policy = new SupervisionCompliancePolicy(RULES);
    private final LocalDate started = LocalDate.of(2026, 1, 5);

    @Test
    void aNewFacilitatorIsUpToDateUntilTheFirstSessionIsNearlyDue() {
        SupervisionDue due = policy.assess(started, null, started.plusWeeks(9));
        assertThat(due.status()).isEqualTo(SupervisionStatus.UP_TO_DATE);
        assertThat(due.dueBy()).isEqualTo(started.plusWeeks(12));
        assertThat(due.lastSession()).isNull();
    }

    @Test
    void theFirstSessionIsDueSoonInTheTwoWeeksBeforeItsDate() {
        assertThat(policy.assess(started, null, started.plusWeeks(10)).status()).isEqualTo(SupervisionStatus.DUE_SOON);
        assertThat(policy.assess(started, null, started.plusWeeks(12)).status()).isEqualTo(SupervisionStatus.DUE_SOON);
    }

    @Test
    void noSessionWithinTwelveWeeksOfStartingIsOverdue() {
        SupervisionDue due = policy.assess(started, null, started.plusWeeks(12).plusDays(1));
        assertThat(due.status()).isEqualTo(SupervisionStatus.OVERDUE);
    }

    @Test
    void afterASessionTheNextIsDueEightWeeksLater() {
        LocalDate last = LocalDate.of(2026, 6, 1);
        assertThat(policy.assess(started, last, last.plusWeeks(5)))
                .isEqualTo(new SupervisionDue(SupervisionStatus.UP_TO_DATE, last, last.plusWeeks(8)));
        assertThat(policy.assess(started, last, last.plusWeeks(6)).status()).isEqualTo(SupervisionStatus.DUE_SOON);
        assertThat(policy.assess(started, last, last.plusWeeks(8).plusDays(1)).status()).isEqualTo(SupervisionStatus.OVERDUE);
    }

    @Test
    void aRecentSessionCountsEvenForSomeoneWhoStartedLongAgo() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertThat(policy.assess(today.minusYears(3), today.minusWeeks(1), today).status())
                .isEqualTo(SupervisionStatus.UP_TO_DATE);
    }
}
