package org.babysteps.outcomes.alert;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When "one working day" after a moment ends: working days are Monday to Friday except bank holidays, counted in
 * UK local time. Raised on a working day, the deadline is the same local time on the next working day (Friday
 * 15:00 to Monday 15:00). Raised on a weekend or holiday, nobody was at work yet, so the whole next working day is
 * given: the deadline is the end of that day.
 */
public final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    public WorkingDays(Set<LocalDate> holidays, ZoneId zone) {
        this.holidays = Set.copyOf(holidays);
        this.zone = zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    public Instant oneWorkingDayAfter(Instant moment) {
        ZonedDateTime local = moment.atZone(zone);
        LocalDate day = local.toLocalDate();
        LocalDate next = nextWorkingDayAfter(day);
        if (isWorkingDay(day)) {
            // ofLocal keeps the wall-clock time across a clock change, moving forward out of a skipped hour
            return ZonedDateTime.ofLocal(next.atTime(local.toLocalTime()), zone, local.getOffset()).toInstant();
        }
        return next.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private LocalDate nextWorkingDayAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
