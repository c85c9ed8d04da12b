package org.babysteps.delivery;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.ProgrammeId;

/** A group to create; its sessions are planned from the programme's curriculum. */
public record NewGroup(SiteId siteId, ProgrammeId programmeId, String name, VenueId venueId, boolean online,
                       LocalDate startDate, LocalTime startTime, int durationMinutes, List<FacilitatorId> facilitators) {

    public NewGroup {
        facilitators = List.copyOf(facilitators);
    }
}
