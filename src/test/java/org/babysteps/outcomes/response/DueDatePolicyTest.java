package org.babysteps.outcomes.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.babysteps.outcomes.DueStatus;
import org.babysteps.programme.TimePoint;
import org.junit.jupiter.api.Test;

/** When a time point's questionnaires show as due, due soon or overdue, at the edges of each window. */
class DueDatePolicyTest {

    private static final TimePoint AT_SESSION_6 = new TimePoint("end-of-antenatal", "End of antenatal", "session-6", 0,
            List.of());
    private static final TimePoint FOLLOW_UP = new TimePoint("follow-up", "Follow-up", "session-9", 12, List.of());
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static Optional<DueStatus> status(TimePoint point, LocalDate contact) {
        return DueDatePolicy.status(point, Optional.of(contact), TODAY);
    }

    @Test
    void nothingIsDueWithoutAContactDate() {
        assertThat(DueDatePolicy.status(AT_SESSION_6, Optional.empty(), TODAY)).isEmpty();
    }

    @Test
    void aContactSevenDaysAwayIsDueSoonButEightDaysAwayIsNotShownYet() {
        assertThat(status(AT_SESSION_6, TODAY.plusDays(7))).contains(DueStatus.DUE_SOON);
        assertThat(status(AT_SESSION_6, TODAY.plusDays(1))).contains(DueStatus.DUE_SOON);
        assertThat(status(AT_SESSION_6, TODAY.plusDays(8))).isEmpty();
    }

    @Test
    void aContactTodayIsDueAndStaysDueForFourteenDays() {
        assertThat(status(AT_SESSION_6, TODAY)).contains(DueStatus.DUE);
        assertThat(status(AT_SESSION_6, TODAY.minusDays(14))).contains(DueStatus.DUE);
    }

    @Test
    void fifteenDaysPastTheContactIsOverdue() {
        assertThat(status(AT_SESSION_6, TODAY.minusDays(15))).contains(DueStatus.OVERDUE);
        assertThat(status(AT_SESSION_6, TODAY.minusYears(1))).contains(DueStatus.OVERDUE);
    }

    @Test
    void aFollowUpFallsDueItsWeeksAfterTheContact() {
        LocalDate session9 = TODAY.minusWeeks(12);
        assertThat(DueDatePolicy.dueOn(FOLLOW_UP, session9)).isEqualTo(TODAY);
        assertThat(status(FOLLOW_UP, session9)).contains(DueStatus.DUE);
        assertThat(status(FOLLOW_UP, TODAY.minusWeeks(3))).as("nine weeks before it falls due").isEmpty();
        assertThat(status(FOLLOW_UP, TODAY.minusWeeks(11))).as("a week before").contains(DueStatus.DUE_SOON);
        assertThat(status(FOLLOW_UP, TODAY.minusWeeks(12).minusDays(15))).contains(DueStatus.OVERDUE);
    }
}
