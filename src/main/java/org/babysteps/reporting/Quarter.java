package org.babysteps.reporting;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** A calendar quarter (January to March is quarter 1), the period workforce figures are reported by. */
public record Quarter(int year, int number) {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** "Jan to Mar 2027". */
    public String label() {
        return month(start()) + " to " + month(end()) + " " + year;
    }

    private static String month(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
    }
}
