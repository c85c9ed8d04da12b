package org.babysteps.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RunChangePolicyTest {

    private final LocalDate today = LocalDate.of(2026, 11, 30);

    @Test
    void aRunThatHasNotStartedIsCancelledWithItsReasonTrimmed() {
        assertThat(RunChangePolicy.checkCancellation(today.plusDays(1), false, "  Trainer ill ", today))
                .isEqualTo("Trainer ill");
    }

    @Test
    void aRunStartingTodayOrEarlierCannotBeCancelled() {
        assertThatThrownBy(() -> RunChangePolicy.checkCancellation(today, false, "Too late", today))
                .isInstanceOf(TrainingRuleException.class).hasMessageContaining("started on 30 November 2026");
    }

    @Test
    void theReasonIsRequiredAndLimited() {
        assertThatThrownBy(() -> RunChangePolicy.checkCancellation(today.plusDays(3), false, "  ", today))
                .isInstanceOfSatisfying(TrainingRuleException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> RunChangePolicy.checkCancellation(today.plusDays(3), false, null, today))
                .hasMessage("Enter why the run is cancelled");
        assertThatThrownBy(() -> RunChangePolicy.checkCancellation(today.plusDays(3), false, "x".repeat(1001), today))
                .hasMessageContaining("1000 characters or fewer");
    }

    @Test
    void aCancelledRunIsNotCancelledAgain() {
        assertThatThrownBy(() -> RunChangePolicy.checkCancellation(today.plusDays(3), true, "Again", today))
                .hasMessage("This run is already cancelled");
    }

    @Test
    void aTraineeWhoCompletedStays() {
        RunChangePolicy.checkRemoval("Ann", null);
        assertThatThrownBy(() -> RunChangePolicy.checkRemoval("Ann", today))
                .isInstanceOf(TrainingRuleException.class)
                .hasMessage("Ann completed this run on 30 November 2026, so they cannot be taken off it: their training record stands");
    }
}
