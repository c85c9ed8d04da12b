package org.babysteps.site.licence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in licence messages and emails, in UK English whatever the server's locale ("31 August 2027"). */
final class LicenceDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LicenceDates() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
