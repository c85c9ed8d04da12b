package org.babysteps.site.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The reminder job's thresholds use the same month arithmetic as the "renewal due" state, to the day. */
class RenewalReminderThresholdTest {

    private static final LocalDate END_OF_AUGUST = LocalDate.of(2027, 8, 31);

    @Test
    void theSixMonthReminderIsDueOnTheDayTheLicenceBecomesRenewalDueEvenAtMonthEnd() {
        assertThat(LicenceRenewalReminders.threshold(END_OF_AUGUST, LocalDate.of(2027, 2, 27))).isEmpty();
        assertThat(LicenceRenewalReminders.threshold(END_OF_AUGUST, LocalDate.of(2027, 2, 28))).contains(6);
        assertThat(LicenceLifecycle.state(org.babysteps.site.LicenceState.ACTIVE, END_OF_AUGUST, null, LocalDate.of(2027, 2, 28)))
                .isEqualTo(org.babysteps.site.LicenceState.RENEWAL_DUE);
    }

    @Test
    void theThreeMonthReminderIsDueFromTheSameDayThreeMonthsBefore() {
        assertThat(LicenceRenewalReminders.threshold(END_OF_AUGUST, LocalDate.of(2027, 5, 30))).contains(6);
        assertThat(LicenceRenewalReminders.threshold(END_OF_AUGUST, LocalDate.of(2027, 5, 31))).contains(3);
        LocalDate endOfMay = LocalDate.of(2027, 5, 31);
        assertThat(LicenceRenewalReminders.threshold(endOfMay, LocalDate.of(2027, 2, 27))).contains(6);
        assertThat(LicenceRenewalReminders.threshold(endOfMay, LocalDate.of(2027, 2, 28))).contains(3);
    }

    @Test
    void noReminderAfterTheEnd() {
        assertThat(LicenceRenewalReminders.threshold(END_OF_AUGUST, END_OF_AUGUST)).contains(3);
        assertThat(LicenceRenewalReminders.threshold(END_OF_AUGUST, END_OF_AUGUST.plusDays(1))).isEmpty();
    }
}
