package org.babysteps.site.steering;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.platform.SiteId;

/** Something the steering group agreed someone would do, optionally from a meeting ({@code meetingOn} its date). */
public record SteeringAction(UUID id, SiteId site, String description, UUID ownerId, String ownerName, LocalDate dueOn,
                             ActionStatus status, LocalDate doneOn, UUID meetingId, LocalDate meetingOn, int version) {

    /** Open and due before {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status == ActionStatus.OPEN && dueOn.isBefore(today);
    }
}
