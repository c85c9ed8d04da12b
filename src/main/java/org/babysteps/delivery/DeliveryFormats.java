package org.babysteps.delivery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates the way GOV.UK writes them in messages: 4 June 2026. */
public final class DeliveryFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DeliveryFormats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
