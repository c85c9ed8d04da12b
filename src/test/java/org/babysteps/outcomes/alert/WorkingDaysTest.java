package org.babysteps.outcomes.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One working day after an alert is raised: Monday to Friday, not bank holidays, in UK local time. */
class WorkingDaysTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final WorkingDays workingDays = new WorkingDays(BankHolidays.load(), LONDON);

    @Test
    void midweekTheDeadlineIsTheSameTimeNextDay() {
        assertThat(workingDays.oneWorkingDayAfter(at("2026-11-25T09:30"))).isEqualTo(at("2026-11-26T09:30"));
    }

    @Test
    void fridayAfternoonRunsToMondayAtTheSameTime() {
        assertThat(workingDays.oneWorkingDayAfter(at("2026-11-27T15:00"))).isEqualTo(at("2026-11-30T15:00"));
    }

    @Test
    void theThursdayBeforeEasterSkipsGoodFridayTheWeekendAndEasterMonday() {
        assertThat(workingDays.oneWorkingDayAfter(at("2026-04-02T11:00"))).isEqualTo(at("2026-04-07T11:00"));
    }

    @Test
    void christmasEveSkipsChristmasTheWeekendAndTheSubstituteBoxingDay() {
        assertThat(workingDays.oneWorkingDayAfter(at("2026-12-24T16:45"))).isEqualTo(at("2026-12-29T16:45"));
    }

    @Test
    void raisedAtTheWeekendTheWholeOfMondayIsGiven() {
        assertThat(workingDays.oneWorkingDayAfter(at("2026-11-28T10:00"))).isEqualTo(at("2026-12-01T00:00"));
    }

    @Test
    void raisedOnABankHolidayTheWholeOfTheNextWorkingDayIsGiven() {
        assertThat(workingDays.oneWorkingDayAfter(at("2026-08-31T10:00"))).isEqualTo(at("2026-09-02T00:00"));
    }

    @Test
    void theLocalTimeIsKeptWhenTheClocksGoForwardOverTheWeekend() {
        Instant friday = at("2026-03-27T12:00");
        Instant monday = workingDays.oneWorkingDayAfter(friday);
        assertThat(monday).isEqualTo(at("2026-03-30T12:00"));
        // 72 hours of local time, 71 of real time: the hour lost on Sunday morning
        assertThat(java.time.Duration.between(friday, monday).toHours()).isEqualTo(71);
    }

    @Test
    void withoutHolidaysOnlyWeekendsAreSkipped() {
        WorkingDays weekendsOnly = new WorkingDays(Set.of(), LONDON);
        assertThat(weekendsOnly.oneWorkingDayAfter(at("2026-12-24T16:45"))).isEqualTo(at("2026-12-25T16:45"));
        assertThat(weekendsOnly.isWorkingDay(LocalDate.of(2026, 12, 26))).isFalse();
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }
}
