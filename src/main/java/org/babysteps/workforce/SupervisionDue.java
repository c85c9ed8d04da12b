package org.babysteps.workforce;

import java.time.LocalDate;

/** A facilitator's supervision on a day: their last session (null if none yet) and when the next is due. */
public record SupervisionDue(SupervisionStatus status, LocalDate lastSession, LocalDate dueBy) {
}
