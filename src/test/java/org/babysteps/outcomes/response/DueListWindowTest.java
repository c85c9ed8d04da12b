package org.babysteps.outcomes.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.babysteps.outcomes.DueStatus;
import org.babysteps.programme.TimePoint;
import org.junit.jupiter.api.Test;

/**
 * Which groups' families the due list still looks at: those whose last session is recent enough that the programme's
 * latest questionnaire can still be waiting, plus the grace period to chase it once overdue.
 */
class DueListWindowTest {

    private static final TimePoint BASELINE = new TimePoint("baseline", "Baseline", "antenatal-visit", 0, List.of());
    private static final TimePoint END = new TimePoint("end-of-programme", "End", "session-9", 0, List.of());
    private static final TimePoint FOLLOW_UP = new TimePoint("follow-up", "Follow-up", "session-9", 12, List.of());
    private static final List<TimePoint> BABY_STEPS = List.of(BASELINE, END, FOLLOW_UP);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static boolean listed(List<TimePoint> timePoints, LocalDate lastSession) {
        return !lastSession.isBefore(DueListWindow.lastSessionOnOrAfter(timePoints, TODAY));
    }

    @Test
    void aFollowUpOverdueForTwoWeeksIsStillListed() {
        // session 9 was 16 weeks and a day ago: the follow-up fell due 4 weeks ago and is overdue
        LocalDate lastSession = TODAY.minusWeeks(16).minusDays(1);

        assertThat(DueDatePolicy.status(FOLLOW_UP, Optional.of(lastSession), TODAY)).contains(DueStatus.OVERDUE);
        assertThat(listed(BABY_STEPS, lastSession)).isTrue();
    }

    @Test
    void theFollowUpIsListedUntilTheGracePeriodAfterItFellDueAndThenGivenUp() {
        LocalDate lastDayListed = TODAY.minusWeeks(FOLLOW_UP.weeksAfterContact() + DueListWindow.GRACE_WEEKS);

        assertThat(listed(BABY_STEPS, lastDayListed)).isTrue();
        assertThat(DueDatePolicy.status(FOLLOW_UP, Optional.of(lastDayListed), TODAY)).contains(DueStatus.OVERDUE);
        assertThat(listed(BABY_STEPS, lastDayListed.minusDays(1))).isFalse();
    }

    @Test
    void theWindowFollowsTheProgrammesLatestTimePointNotAFixedNumberOfWeeks() {
        TimePoint sixMonthsOn = new TimePoint("six-months", "Six months on", "session-9", 26, List.of());
        LocalDate lastSession = TODAY.minusWeeks(26 + DueListWindow.GRACE_WEEKS);

        assertThat(listed(List.of(BASELINE, END, sixMonthsOn), lastSession)).isTrue();
        assertThat(listed(BABY_STEPS, lastSession)).isFalse();
    }

    @Test
    void aProgrammeThatAsksNothingAfterItsContactsKeepsGroupsForTheGracePeriodOnly() {
        LocalDate graceAgo = TODAY.minusWeeks(DueListWindow.GRACE_WEEKS);

        assertThat(listed(List.of(BASELINE, END), graceAgo)).isTrue();
        assertThat(listed(List.of(BASELINE, END), graceAgo.minusDays(1))).isFalse();
        assertThat(listed(List.of(), graceAgo)).isTrue();
    }
}
