package org.babysteps.workforce.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.workforce.Practitioner;
import org.babysteps.workforce.PractitionerDetails;
import org.babysteps.workforce.Profession;
import org.babysteps.workforce.ProgrammeRole;
import org.babysteps.workforce.VersionedPractitioner;

/** The practitioner API's request and response bodies. */
final class PractitionerJson {

    private PractitionerJson() {
    }

    /** Adding or changing a practitioner; {@code version} is the one read, and is required to change. */
    record PractitionerRequest(String name, UUID userId, UUID agencyId, Profession profession, Set<UUID> siteIds,
                               LocalDate startedOn, LocalDate leftOn, BigDecimal protectedHoursPerWeek,
                               Set<ProgrammeRole> roles, Integer version) {

        PractitionerDetails details() {
            return new PractitionerDetails(userId == null ? null : new UserId(userId), name,
                    agencyId == null ? null : new AgencyId(agencyId), profession,
                    siteIds == null ? Set.of() : siteIds.stream().map(SiteId::new).collect(Collectors.toSet()),
                    startedOn, leftOn, protectedHoursPerWeek, roles);
        }
    }

    record PractitionerResponse(UUID id, String name, UUID userId, Profession profession, String agencyType,
                                Set<UUID> siteIds, LocalDate startedOn, LocalDate leftOn,
                                BigDecimal protectedHoursPerWeek, Set<ProgrammeRole> roles, Integer version) {

        static PractitionerResponse of(Practitioner p, Integer version) {
            return new PractitionerResponse(p.id().value(), p.name(), p.userId() == null ? null : p.userId().value(),
                    p.profession(), p.profession().agencyType(),
                    p.siteIds().stream().map(SiteId::value).collect(Collectors.toSet()), p.startedOn(), p.leftOn(),
                    p.protectedHoursPerWeek(), p.roles(), version);
        }

        static PractitionerResponse of(VersionedPractitioner found) {
            return of(found.practitioner(), found.version());
        }
    }
}
