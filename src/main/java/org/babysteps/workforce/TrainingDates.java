package org.babysteps.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in rule messages, written as people read them: "14 January 2027", "14 to 15 January 2027". */
final class TrainingDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private TrainingDates() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "2:05pm on 14 January 2027", in this service's time zone. */
    static String time(Instant instant) {
        return DateTimeFormatter.ofPattern("h:mma 'on' d MMMM yyyy", Locale.UK).withZone(ZoneId.systemDefault())
                .format(instant).replace("AM", "am").replace("PM", "pm");
    }

    static String range(LocalDate from, LocalDate to) {
        return from.equals(to) ? day(from) : from.getDayOfMonth() + " " + (from.getMonth() == to.getMonth()
                && from.getYear() == to.getYear() ? "" : DateTimeFormatter.ofPattern("MMMM ", Locale.UK).format(from)
                + (from.getYear() == to.getYear() ? "" : from.getYear() + " ")) + "to " + day(to);
    }
}
