package org.babysteps.workforce;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;

/** The parts of a day a practitioner can say they are usually available in: from its start, up to its end. */
public enum AvailabilityPartOfDay {
    MORNING("Morning", LocalTime.of(8, 0), LocalTime.of(12, 0)),
    AFTERNOON("Afternoon", LocalTime.NOON, LocalTime.of(17, 0)),
    EVENING("Evening", LocalTime.of(17, 0), LocalTime.of(21, 0));

    private final String label;
    private final LocalTime starts;
    private final LocalTime ends;

    AvailabilityPartOfDay(String label, LocalTime starts, LocalTime ends) {
        this.label = label;
        this.starts = starts;
        this.ends = ends;
    }

    public String label() {
        return label;
    }

    /** The part of day a time falls in; none outside 08:00 to 21:00. */
    public static Optional<AvailabilityPartOfDay> of(LocalTime time) {
        return Arrays.stream(values()).filter(part -> !time.isBefore(part.starts) && time.isBefore(part.ends)).findFirst();
    }
}
