package org.babysteps.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform's idea of "today": the programme runs in the UK, so dates are UK dates whatever the server's time
 * zone. Between midnight and 1am in summer a UTC server would otherwise think it is still yesterday.
 */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkTime() {
    }

    public static Clock clock() {
        return Clock.system(ZONE);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
