package org.babysteps.site.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.site.LicenceState;
import org.junit.jupiter.api.Test;

class LicenceLifecycleTest {

    private static final LocalDate END = LocalDate.of(2029, 3, 31);

    @Test
    void anActiveLicenceIsRenewalDueFromSixMonthsBeforeItsEndAndExpiredAfterIt() {
        assertThat(LicenceLifecycle.state(LicenceState.ACTIVE, END, LocalDate.of(2028, 9, 29))).isEqualTo(LicenceState.ACTIVE);
        assertThat(LicenceLifecycle.state(LicenceState.ACTIVE, END, LocalDate.of(2028, 9, 30))).isEqualTo(LicenceState.RENEWAL_DUE);
        assertThat(LicenceLifecycle.state(LicenceState.ACTIVE, END, END)).isEqualTo(LicenceState.RENEWAL_DUE);
        assertThat(LicenceLifecycle.state(LicenceState.ACTIVE, END, END.plusDays(1))).isEqualTo(LicenceState.EXPIRED);
    }

    @Test
    void suspendedStaysSuspendedUntilItsEndPassesAndDraftsAndEndedOnesNeverChangeByDate() {
        assertThat(LicenceLifecycle.state(LicenceState.SUSPENDED, END, END.minusMonths(1))).isEqualTo(LicenceState.SUSPENDED);
        assertThat(LicenceLifecycle.state(LicenceState.SUSPENDED, END, END.plusDays(1))).isEqualTo(LicenceState.EXPIRED);
        assertThat(LicenceLifecycle.state(LicenceState.DRAFT, END, END.plusYears(1))).isEqualTo(LicenceState.DRAFT);
        assertThat(LicenceLifecycle.state(LicenceState.ENDED, END, END.minusYears(1))).isEqualTo(LicenceState.ENDED);
    }

    @Test
    void theLegalMovesLeadWhereTheyShould() {
        assertThat(LicenceLifecycle.apply(LicenceAction.ACTIVATE, LicenceState.DRAFT, null)).isEqualTo(LicenceState.ACTIVE);
        assertThat(LicenceLifecycle.apply(LicenceAction.SUSPEND, LicenceState.ACTIVE, "No supervision")).isEqualTo(LicenceState.SUSPENDED);
        assertThat(LicenceLifecycle.apply(LicenceAction.SUSPEND, LicenceState.RENEWAL_DUE, "No supervision")).isEqualTo(LicenceState.SUSPENDED);
        assertThat(LicenceLifecycle.apply(LicenceAction.REINSTATE, LicenceState.SUSPENDED, "Back on track")).isEqualTo(LicenceState.ACTIVE);
        assertThat(LicenceLifecycle.apply(LicenceAction.END, LicenceState.SUSPENDED, "Funding ended")).isEqualTo(LicenceState.ENDED);
        assertThat(LicenceLifecycle.apply(LicenceAction.END, LicenceState.ACTIVE, "Funding ended")).isEqualTo(LicenceState.ENDED);
    }

    @Test
    void illegalMovesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> LicenceLifecycle.apply(LicenceAction.REINSTATE, LicenceState.ACTIVE, "r"))
                .hasMessageContaining("active cannot be reinstated");
        assertThatThrownBy(() -> LicenceLifecycle.apply(LicenceAction.SUSPEND, LicenceState.DRAFT, "r"))
                .hasMessageContaining("Issue it first");
        assertThatThrownBy(() -> LicenceLifecycle.apply(LicenceAction.SUSPEND, LicenceState.EXPIRED, "r"))
                .hasMessageContaining("end date has passed");
        assertThatThrownBy(() -> LicenceLifecycle.apply(LicenceAction.END, LicenceState.ENDED, "r"))
                .hasMessageContaining("ended cannot be ended");
        assertThatThrownBy(() -> LicenceLifecycle.apply(LicenceAction.ACTIVATE, LicenceState.SUSPENDED, null))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void suspendingReinstatingAndEndingNeedAReason() {
        for (LicenceAction action : new LicenceAction[] {LicenceAction.SUSPEND, LicenceAction.END}) {
            assertThatThrownBy(() -> LicenceLifecycle.apply(action, LicenceState.ACTIVE, " "))
                    .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("reason");
        }
        assertThatThrownBy(() -> LicenceLifecycle.apply(LicenceAction.REINSTATE, LicenceState.SUSPENDED, null))
                .extracting("field").isEqualTo("reason");
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndTheDefaultTermIsThreeYearsLessADay() {
        assertThatThrownBy(() -> LicenceLifecycle.checkDates(END, END.minusDays(1))).extracting("field").isEqualTo("endsOn");
        LicenceLifecycle.checkDates(END, END);
        assertThat(LicenceLifecycle.defaultEnd(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2029, 3, 31));
    }

    @Test
    void aLicenceEndsOnADayBetweenItsStartAndToday() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        LocalDate today = LocalDate.of(2026, 1, 1);
        assertThatThrownBy(() -> LicenceLifecycle.checkEndDate(start.minusDays(1), start, today)).extracting("field").isEqualTo("endedOn");
        assertThatThrownBy(() -> LicenceLifecycle.checkEndDate(today.plusDays(1), start, today)).extracting("field").isEqualTo("endedOn");
        LicenceLifecycle.checkEndDate(today, start, today);
    }
}
