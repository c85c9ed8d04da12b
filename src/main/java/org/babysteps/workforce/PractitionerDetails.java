package org.babysteps.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;

/** What is recorded about a practitioner when they are added or changed. */
public record PractitionerDetails(UserId userId, String name, AgencyId agencyId, Profession profession,
                                  Set<SiteId> siteIds, LocalDate startedOn, LocalDate leftOn,
                                  BigDecimal protectedHoursPerWeek, Set<ProgrammeRole> roles) {

    public PractitionerDetails {
        siteIds = siteIds == null ? Set.of() : Set.copyOf(siteIds);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    Practitioner withId(PractitionerId id) {
        return new Practitioner(id, userId, name == null ? null : name.trim(), agencyId, profession, siteIds, startedOn,
                leftOn, protectedHoursPerWeek == null ? BigDecimal.ZERO : protectedHoursPerWeek, roles);
    }
}
