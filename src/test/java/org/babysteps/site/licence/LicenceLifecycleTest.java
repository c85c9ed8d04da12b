package org.babysteps.site.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.site.LicenceState;
import org.junit.jupiter.api.Test;

class LicenceLifecycleTest {

    private static final LocalDate END = LocalDate.of(2029, 3, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate STARTED = TODAY.minusMonths(1);

    @Test
    void anActiveLicenceIsRenewalDueFromSixMonthsBeforeItsEndAndExpiredAfterIt() {
        assertThat(LicenceLifecycle.state(LicenceState.ACTIVE, END, null, LocalDate.of(2028, 9, 29))).isEqualTo(LicenceState.ACTIVE);
        assertThat(LicenceLifecycle.state(LicenceState.ACTIVE, END, null, LocalDate.of(2028, 9, 30))).isEqualTo(LicenceState.RENEWAL_DUE);
        assertThat(LicenceLifecycle.state(LicenceState.ACTIVE, END, null, END)).isEqualTo(LicenceState.RENEWAL_DUE);
        assertThat(LicenceLifecycle.state(LicenceState.ACTIVE, END, null, END.plusDays(1))).isEqualTo(LicenceState.EXPIRED);
    }

    @Test
    void suspendedStaysSuspendedUntilItsEndPassesAndDraftsAndEndedOnesNeverChangeByDate() {
        assertThat(LicenceLifecycle.state(LicenceState.SUSPENDED, END, null, END.minusMonths(1))).isEqualTo(LicenceState.SUSPENDED);
        assertThat(LicenceLifecycle.state(LicenceState.SUSPENDED, END, null, END.plusDays(1))).isEqualTo(LicenceState.EXPIRED);
        assertThat(LicenceLifecycle.state(LicenceState.DRAFT, END, null, END.plusYears(1))).isEqualTo(LicenceState.DRAFT);
        assertThat(LicenceLifecycle.state(LicenceState.ENDED, END, null, END.minusYears(1))).isEqualTo(LicenceState.ENDED);
    }

    @Test
    void theLegalMovesLeadWhereTheyShould() {
        assertThat(LicenceLifecycle.apply(LicenceAction.ACTIVATE, LicenceState.DRAFT, STARTED, TODAY, null)).isEqualTo(LicenceState.ACTIVE);
        assertThat(LicenceLifecycle.apply(LicenceAction.SUSPEND, LicenceState.ACTIVE, STARTED, TODAY, "No supervision")).isEqualTo(LicenceState.SUSPENDED);
        assertThat(LicenceLifecycle.apply(LicenceAction.SUSPEND, LicenceState.RENEWAL_DUE, STARTED, TODAY, "No supervision")).isEqualTo(LicenceState.SUSPENDED);
        assertThat(LicenceLifecycle.apply(LicenceAction.REINSTATE, LicenceState.SUSPENDED, STARTED, TODAY, "Back on track")).isEqualTo(LicenceState.ACTIVE);
        assertThat(LicenceLifecycle.apply(LicenceAction.END, LicenceState.SUSPENDED, STARTED, TODAY, "Funding ended")).isEqualTo(LicenceState.ENDED);
        assertThat(LicenceLifecycle.apply(LicenceAction.END, LicenceState.ACTIVE, STARTED, TODAY, "Funding ended")).isEqualTo(LicenceState.ENDED);
    }

    @Test
    void illegalMovesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> LicenceLifecycle.apply(LicenceAction.REINSTATE, LicenceState.ACTIVE, STARTED, TODAY, "r"))
                .hasMessageContaining("active cannot be reinstated");
        assertThatThrownBy(() -> LicenceLifecycle.apply(LicenceAction.SUSPEND, LicenceState.DRAFT, STARTED, TODAY, "r"))
                .hasMessageContaining("Issue it first");
        assertThatThrownBy(() -> LicenceLifecycle.apply(LicenceAction.SUSPEND, LicenceState.EXPIRED, STARTED, TODAY, "r"))
                .hasMessageContaining("end date has passed");
        assertThatThrownBy(() -> LicenceLifecycle.apply(LicenceAction.END, LicenceState.ENDED, STARTED, TODAY, "r"))
                .hasMessageContaining("ended cannot be ended");
        assertThatThrownBy(() -> LicenceLifecycle.apply(LicenceAction.ACTIVATE, LicenceState.SUSPENDED, STARTED, TODAY, null))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void suspendingReinstatingAndEndingNeedAReason() {
        for (LicenceAction action : new LicenceAction[] {LicenceAction.SUSPEND, LicenceAction.END}) {
            assertThatThrownBy(() -> LicenceLifecycle.apply(action, LicenceState.ACTIVE, STARTED, TODAY, " "))
                    .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("reason");
        }
        assertThatThrownBy(() -> LicenceLifecycle.apply(LicenceAction.REINSTATE, LicenceState.SUSPENDED, STARTED, TODAY, null))
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

    @Test
    void aDraftCanBeWithdrawnWithAReasonWhateverItsDates() {
        assertThat(LicenceLifecycle.apply(LicenceAction.WITHDRAW, LicenceState.DRAFT, STARTED, TODAY, "Issued by mistake"))
                .isEqualTo(LicenceState.ENDED);
        assertThat(LicenceLifecycle.apply(LicenceAction.WITHDRAW, LicenceState.DRAFT, TODAY.plusYears(1), TODAY, "Renewal not needed"))
                .isEqualTo(LicenceState.ENDED);
        assertThatThrownBy(() -> LicenceLifecycle.apply(LicenceAction.WITHDRAW, LicenceState.DRAFT, STARTED, TODAY, " "))
                .extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> LicenceLifecycle.apply(LicenceAction.END, LicenceState.DRAFT, STARTED, TODAY, "r"))
                .hasMessageContaining("withdraw it");
    }

    @Test
    void anIssuedLicenceThatHasNotStartedIsWithdrawnNotEndedAndOneThatHasStartedIsEndedNotWithdrawn() {
        LocalDate tomorrow = TODAY.plusDays(1);
        assertThat(LicenceLifecycle.apply(LicenceAction.WITHDRAW, LicenceState.ACTIVE, tomorrow, TODAY, "Site pulled out"))
                .isEqualTo(LicenceState.ENDED);
        assertThat(LicenceLifecycle.allows(LicenceAction.END, LicenceState.ACTIVE, tomorrow, TODAY)).isFalse();
        assertThatThrownBy(() -> LicenceLifecycle.apply(LicenceAction.END, LicenceState.ACTIVE, tomorrow, TODAY, "r"))
                .hasMessageContaining("not started yet");
        assertThat(LicenceLifecycle.allows(LicenceAction.WITHDRAW, LicenceState.ACTIVE, TODAY, TODAY)).isFalse();
        assertThat(LicenceLifecycle.allows(LicenceAction.END, LicenceState.ACTIVE, TODAY, TODAY)).isTrue();
        assertThat(LicenceLifecycle.allows(LicenceAction.WITHDRAW, LicenceState.ENDED, tomorrow, TODAY)).isFalse();
    }

    @Test
    void aRenewedLicenceIsNotRenewalDueButStillExpiresAtItsEnd() {
        LocalDate renewal = END.plusDays(1);
        assertThat(LicenceLifecycle.state(LicenceState.ACTIVE, END, renewal, END.minusMonths(1))).isEqualTo(LicenceState.ACTIVE);
        assertThat(LicenceLifecycle.state(LicenceState.ACTIVE, END, renewal, END.plusDays(1))).isEqualTo(LicenceState.EXPIRED);
    }

    @Test
    void renewalIsDueFromTheSameDaySixMonthsBeforeOrThatMonthsLastDayWhenShorter() {
        LocalDate endOfAugust = LocalDate.of(2027, 8, 31);
        assertThat(LicenceLifecycle.state(LicenceState.ACTIVE, endOfAugust, null, LocalDate.of(2027, 2, 27))).isEqualTo(LicenceState.ACTIVE);
        assertThat(LicenceLifecycle.state(LicenceState.ACTIVE, endOfAugust, null, LocalDate.of(2027, 2, 28))).isEqualTo(LicenceState.RENEWAL_DUE);
        assertThat(LicenceLifecycle.withinMonthsOfEnd(endOfAugust, 3, LocalDate.of(2027, 5, 30))).isFalse();
        assertThat(LicenceLifecycle.withinMonthsOfEnd(endOfAugust, 3, LocalDate.of(2027, 5, 31))).isTrue();
        LocalDate midMonth = LocalDate.of(2027, 9, 15);
        assertThat(LicenceLifecycle.withinMonthsOfEnd(midMonth, 6, LocalDate.of(2027, 3, 14))).isFalse();
        assertThat(LicenceLifecycle.withinMonthsOfEnd(midMonth, 6, LocalDate.of(2027, 3, 15))).isTrue();
    }
}
