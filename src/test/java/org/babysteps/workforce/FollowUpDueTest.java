package org.babysteps.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FollowUpDueTest {

    private final LocalDate completed = LocalDate.of(2026, 1, 31);

    @Test
    void dueFromTheDayTheFollowUpMonthsHavePassed() {
        assertThat(FollowUpDue.dueOn(completed, 6)).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(FollowUpDue.isDue(completed, 6, LocalDate.of(2026, 7, 30))).isFalse();
        assertThat(FollowUpDue.isDue(completed, 6, LocalDate.of(2026, 7, 31))).isTrue();
        assertThat(FollowUpDue.isDue(completed, 6, LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void aMonthEndCompletionFallsDueAtTheEndOfAShorterMonth() {
        assertThat(FollowUpDue.dueOn(completed, 1)).isEqualTo(LocalDate.of(2026, 2, 28));
    }
}
