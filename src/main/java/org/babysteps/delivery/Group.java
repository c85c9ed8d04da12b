package org.babysteps.delivery;

import java.time.LocalDate;
import java.time.LocalTime;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.ProgrammeId;

/** A group: the families who go through the programme together, where and when it meets. */
public record Group(GroupId id, SiteId siteId, ProgrammeId programmeId, int programmeVersion, String name,
                    VenueId venueId, boolean online, LocalDate startDate, LocalTime startTime, int durationMinutes,
                    int capacity, int version) {
}
