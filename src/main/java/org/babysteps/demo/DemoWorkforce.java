package org.babysteps.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.workforce.Availability;
import org.babysteps.workforce.AvailabilityPartOfDay;
import org.babysteps.workforce.AvailabilitySlot;
import org.babysteps.workforce.Practitioner;
import org.babysteps.workforce.PractitionerDetails;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.Practitioners;
import org.babysteps.workforce.Profession;
import org.babysteps.workforce.ProgrammeRole;
import org.babysteps.workforce.Supervision;
import org.babysteps.workforce.SupervisionFormat;
import org.babysteps.workforce.SupervisionSessionDetails;
import org.babysteps.workforce.VersionedPractitioner;
import org.springframework.stereotype.Component;

/**
 * Availability and leave for every demo facilitator; in the north, a supervisor with one facilitator up to date
 * and one overdue for supervision, and a family support worker leaving in eight weeks, which breaks the running
 * group's pair for its postnatal sessions.
 */
@Component
class DemoWorkforce {

    private final Practitioners practitioners;
    private final Supervision supervision;
    private final Availability availability;

    DemoWorkforce(Practitioners practitioners, Supervision supervision, Availability availability) {
        this.practitioners = practitioners;
        this.supervision = supervision;
        this.availability = availability;
    }

    void seed(SiteId site, UserId midwife, UserId fsw, boolean north) {
        LocalDate today = LocalDate.now();
        PractitionerId midwifeId = of(site, midwife);
        PractitionerId fswId = of(site, fsw);
        Set<AvailabilitySlot> usual = Set.of(new AvailabilitySlot(DayOfWeek.TUESDAY, AvailabilityPartOfDay.MORNING),
                new AvailabilitySlot(DayOfWeek.THURSDAY, AvailabilityPartOfDay.MORNING),
                new AvailabilitySlot(DayOfWeek.WEDNESDAY, AvailabilityPartOfDay.AFTERNOON));
        availability.saveUsualWeek(midwifeId, usual);
        availability.saveUsualWeek(fswId, usual);
        availability.addLeave(midwifeId, today.plusWeeks(3), today.plusWeeks(3).plusDays(4), "Annual leave");
        if (!north) {
            return;
        }
        PractitionerId supervisor = practitioners.add(new PractitionerDetails(null, "Sasha Supervisor-North (demo)", null,
                Profession.SOCIAL_WORKER, Set.of(site), today.minusYears(3), null, new BigDecimal("3"),
                Set.of(ProgrammeRole.SUPERVISOR)));
        supervision.record(new SupervisionSessionDetails(site, supervisor, Set.of(fswId), today.minusWeeks(3), 60,
                SupervisionFormat.INDIVIDUAL, "Demo: keeping fathers engaged between sessions."));
        supervision.record(new SupervisionSessionDetails(site, supervisor, Set.of(midwifeId), today.minusWeeks(11), 60,
                SupervisionFormat.INDIVIDUAL, "Demo: preparing for the second home visit and filming."));
        VersionedPractitioner current = practitioners.find(fswId);
        Practitioner p = current.practitioner();
        practitioners.update(fswId, current.version(), new PractitionerDetails(p.userId(), p.name(), p.agencyId(),
                p.profession(), p.siteIds(), p.startedOn(), today.plusWeeks(8), p.protectedHoursPerWeek(), p.roles()));
    }

    private PractitionerId of(SiteId site, UserId user) {
        return practitioners.atSite(site).stream().filter(p -> user.equals(p.userId())).findFirst().orElseThrow().id();
    }
}
