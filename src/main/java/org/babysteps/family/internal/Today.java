package org.babysteps.family.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Today's date where the programme is delivered. Consent and journey rules turn on dates ("withdrawn from that
 * day"), so they must not depend on the server's time zone.
 */
@Component
public class Today {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Clock clock = Clock.system(UK);

    public LocalDate date() {
        return LocalDate.now(clock);
    }
}
