package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.Set;
import org.babysteps.platform.SiteId;

/** A supervision session as recorded after it took place; supervisees are the practitioners who were present. */
public record SupervisionSessionDetails(SiteId siteId, PractitionerId supervisorId, Set<PractitionerId> superviseeIds,
                                        LocalDate heldOn, Integer durationMinutes, SupervisionFormat format, String topics) {

    public SupervisionSessionDetails {
        superviseeIds = superviseeIds == null ? Set.of() : Set.copyOf(superviseeIds);
    }
}
