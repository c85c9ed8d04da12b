package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.UUID;

/** A period of leave, both days included; the reason is optional and shown only to the person and their lead. */
public record AvailabilityLeave(UUID id, LocalDate startsOn, LocalDate endsOn, String reason) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
