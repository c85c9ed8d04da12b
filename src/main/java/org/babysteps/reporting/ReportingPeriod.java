package org.babysteps.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** The dates a report covers, both included. */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The last calendar quarter that has ended before today. */
    public static ReportingPeriod lastFullQuarter(LocalDate today) {
        Quarter quarter = Quarter.of(today).previous();
        return new ReportingPeriod(quarter.start(), quarter.end());
    }

    /** The twelve months up to and including today. */
    public static ReportingPeriod lastTwelveMonths(LocalDate today) {
        return new ReportingPeriod(today.minusYears(1).plusDays(1), today);
    }

    /** The part of the period that has happened by {@code today}: nothing can be due after it. */
    public ReportingPeriod upTo(LocalDate today) {
        return to.isAfter(today) && !from.isAfter(today) ? new ReportingPeriod(from, today) : this;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** "1 July 2026 to 30 September 2026", GOV.UK style. */
    public String label() {
        return DAY.format(from) + " to " + DAY.format(to);
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }
}
