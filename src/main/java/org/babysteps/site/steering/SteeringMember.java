package org.babysteps.site.steering;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;

/**
 * A member of a site's steering group. {@code organisation} is the partner agency's name, or the organisation
 * typed in when it is not a partner ({@code agencyId} then null). A member who left keeps their record.
 */
public record SteeringMember(UUID id, SiteId site, String name, AgencyId agencyId, String organisation, String role,
                             Seniority seniority, LocalDate leftOn, int version) {

    public boolean active() {
        return leftOn == null;
    }

    /** Whether they were still a member on a day (members have no joining date: only leaving narrows it). */
    public boolean memberOn(LocalDate day) {
        return leftOn == null || !leftOn.isBefore(day);
    }
}
