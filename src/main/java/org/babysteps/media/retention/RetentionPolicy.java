package org.babysteps.media.retention;

import java.time.LocalDate;

/**
 * How long a family's films are kept once the family's programme has ended (it completed, or left): a film is due for
 * deletion on the day {@code days} after the family closed, and every day after.
 */
record RetentionPolicy(int days) {

    RetentionPolicy {
        if (days < 0) {
            throw new IllegalArgumentException("babysteps.media.retention-days must not be negative, was " + days);
        }
    }

    /** Whether a film of a family that closed on {@code closedOn} is due for deletion {@code today}. */
    boolean due(LocalDate closedOn, LocalDate today) {
        return closedOn != null && !closedOn.plusDays(days).isAfter(today);
    }

    String reason() {
        return "retention: " + days + " days after the programme ended";
    }
}
