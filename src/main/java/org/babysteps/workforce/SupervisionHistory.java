package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.List;

/**
 * A facilitator's reflective supervision over a stretch of time: when they started and left, and every session
 * they attended as a supervisee up to its end, oldest first (earlier ones too, as the gap runs from the last).
 */
public record SupervisionHistory(PractitionerId practitionerId, String name, LocalDate startedOn, LocalDate leftOn,
                                 List<LocalDate> sessions) {

    public SupervisionHistory {
        sessions = List.copyOf(sessions);
    }
}
