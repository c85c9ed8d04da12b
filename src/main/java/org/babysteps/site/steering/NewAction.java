package org.babysteps.site.steering;

import java.time.LocalDate;
import java.util.UUID;

/** An action to add: what, who owns it (a member), by when, and the meeting it came from if any. */
public record NewAction(String description, UUID ownerId, LocalDate dueOn, UUID meetingId) {
}
