package org.babysteps.outcomes.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.UkTime;
import org.junit.jupiter.api.Test;

/** The date a paper questionnaire was completed: today or earlier, not before the referral. */
class CompletionDatePolicyTest {

    private static final Instant NOW = ZonedDateTime.of(2026, 11, 30, 9, 15, 0, 0, UkTime.ZONE).toInstant();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate REFERRED = LocalDate.of(2026, 9, 1);

    @Test
    void noDateOrTodayMeansNow() {
        assertThat(CompletionDatePolicy.completedAt(null, REFERRED, NOW)).isEqualTo(NOW);
        assertThat(CompletionDatePolicy.completedAt(TODAY, REFERRED, NOW)).isEqualTo(NOW);
    }

    @Test
    void anEarlierDayIsKeptAsMiddayOnThatDayInTheUk() {
        Instant at = CompletionDatePolicy.completedAt(LocalDate.of(2026, 10, 14), REFERRED, NOW);
        assertThat(at).isEqualTo(ZonedDateTime.of(2026, 10, 14, 12, 0, 0, 0, UkTime.ZONE).toInstant());
        assertThat(at.atZone(UkTime.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 14));
    }

    @Test
    void theReferralDayItselfIsAccepted() {
        assertThat(CompletionDatePolicy.completedAt(REFERRED, REFERRED, NOW).atZone(UkTime.ZONE).toLocalDate())
                .isEqualTo(REFERRED);
    }

    @Test
    void tomorrowIsRefusedOnTheDateField() {
        assertThatThrownBy(() -> CompletionDatePolicy.completedAt(TODAY.plusDays(1), REFERRED, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessage("Date completed must be today or in the past")
                .extracting(problem -> ((RuleViolationException) problem).field()).isEqualTo("completedOn");
    }

    @Test
    void theDayBeforeTheReferralIsRefusedNamingTheReferralDate() {
        assertThatThrownBy(() -> CompletionDatePolicy.completedAt(REFERRED.minusDays(1), REFERRED, NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Date completed must be on or after the family’s referral date, 1 September 2026");
    }

    @Test
    void withoutAReferralDateOnlyTheFutureIsRefused() {
        assertThat(CompletionDatePolicy.completedAt(LocalDate.of(2020, 1, 1), null, NOW)).isBefore(NOW);
    }
}
