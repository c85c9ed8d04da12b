package org.babysteps.reporting.compliance;

import java.time.LocalDate;

/** Something the site must record once its date has passed: a session's register or a home visit. */
public record DueReturn(LocalDate due, String what, boolean recorded) {
}
