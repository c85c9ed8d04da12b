package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.Set;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;

/**
 * Published when a practitioner is added or their sites, profession, roles or leaving date change, so other
 * modules (the delivery roster) keep their own copy of what they need.
 */
public record PractitionerChanged(PractitionerId id, UserId userId, String name, Set<SiteId> siteIds,
                                  String agencyType, Set<ProgrammeRole> roles, LocalDate leftOn) {
}
