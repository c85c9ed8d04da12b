package org.babysteps.site;

import java.time.LocalDate;

/** A condition of a "ready with conditions" decision: an action, who owns it and when it is due. */
public record ReadinessConditionRequest(String description, String owner, LocalDate dueOn) {
}
