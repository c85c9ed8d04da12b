package org.babysteps.workforce;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Working days (Monday to Friday) a facilitator can give the programme in a period: days in post and not on leave.
 * Protected hours are weekly, so a working day is worth a fifth of them.
 */
public final class CapacityDays {

    private CapacityDays() {
    }

    /** Weekdays from..to, both included. */
    public static int weekdays(LocalDate from, LocalDate to) {
        return workingDays(from, to, from, null, List.of());
    }

    /** Weekdays from..to on which the practitioner is in post (from startedOn, until leftOn) and not on leave. */
    public static int workingDays(LocalDate from, LocalDate to, LocalDate startedOn, LocalDate leftOn,
                                  List<AvailabilityLeave> leave) {
        int days = 0;
        for (LocalDate next = from; !next.isAfter(to); next = next.plusDays(1)) {
            LocalDate day = next;
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            boolean inPost = !day.isBefore(startedOn) && (leftOn == null || day.isBefore(leftOn));
            if (weekday && inPost && leave.stream().noneMatch(period -> period.covers(day))) {
                days++;
            }
        }
        return days;
    }
}
