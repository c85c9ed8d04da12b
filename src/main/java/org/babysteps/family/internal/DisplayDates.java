package org.babysteps.family.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in messages the way GOV.UK writes them: "3 January 2026". */
public final class DisplayDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DisplayDates() {
    }

    public static String format(LocalDate date) {
        return FORMAT.format(date);
    }
}
