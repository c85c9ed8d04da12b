package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.Set;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;

/**
 * A member of an agency's staff working in the programme. History survives leaving: a leaver keeps their record
 * and stays in past registers.
 *
 * @param userId                their platform account, if they have one
 * @param protectedHoursPerWeek hours a week set aside for the programme (0 when fitted around other work)
 */
public record Practitioner(PractitionerId id, UserId userId, String name, AgencyId agencyId, Profession profession,
                           Set<SiteId> siteIds, LocalDate startedOn, LocalDate leftOn,
                           java.math.BigDecimal protectedHoursPerWeek, Set<ProgrammeRole> roles) {

    public Practitioner {
        siteIds = Set.copyOf(siteIds);
        roles = Set.copyOf(roles);
    }

    public boolean inPostOn(LocalDate day) {
        return !startedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }
}
