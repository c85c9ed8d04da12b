package org.babysteps.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Why, when and by whom a run was cancelled before it started. */
public record RunCancellation(Instant cancelledAt, String cancelledBy, String reason) {

    /** The day it was cancelled, in this service's time zone. */
    public LocalDate cancelledOn() {
        return LocalDate.ofInstant(cancelledAt, ZoneId.systemDefault());
    }
}
