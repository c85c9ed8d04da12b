package org.babysteps.workforce;

import java.time.DayOfWeek;
import java.util.Objects;

/** One weekday's part of day, e.g. Tuesday morning. Its code ("TUESDAY-MORNING") is what forms send. */
public record AvailabilitySlot(DayOfWeek day, AvailabilityPartOfDay part) {

    public AvailabilitySlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(part, "part of day");
    }

    public String code() {
        return day.name() + "-" + part.name();
    }

    /** Reads a code; throws IllegalArgumentException for anything else. */
    public static AvailabilitySlot parse(String code) {
        String[] parts = String.valueOf(code).split("-", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("Not an availability slot: " + code);
        }
        return new AvailabilitySlot(DayOfWeek.valueOf(parts[0]), AvailabilityPartOfDay.valueOf(parts[1]));
    }
}
