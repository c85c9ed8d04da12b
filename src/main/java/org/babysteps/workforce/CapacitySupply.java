package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.platform.SiteId;
import org.babysteps.workforce.internal.AvailabilityStore;
import org.babysteps.workforce.internal.PractitionerStore;
import org.babysteps.workforce.internal.SupervisionRuleBook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a site's facilitators can give the programme in a period: who is in post, for how many working days after
 * leave, with what protected hours and whether they are trained. The reporting module sets it against the
 * sessions planned.
 */
@Service
@Transactional(readOnly = true)
public class CapacitySupply {

    private final PractitionerStore practitioners;
    private final AvailabilityStore availability;
    private final CapacityTraining training;
    private final SupervisionRuleBook rules;
    private final Access access;
    private final AuditLog auditLog;

    CapacitySupply(PractitionerStore practitioners, AvailabilityStore availability, CapacityTraining training,
                   SupervisionRuleBook rules, Access access, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.practitioners = practitioners;
        this.availability = availability;
        this.training = training;
        this.rules = rules;
        this.access = access;
    }

    /** Facilitators of the site in post at some time from..to (both included), in the caller's scope. */
    public List<CapacityFacilitator> facilitatorsAt(SiteId site, LocalDate from, LocalDate to) {
        List<Practitioner> facilitators = practitioners.atSite(site, access.scope()).stream()
                .filter(p -> p.roles().contains(ProgrammeRole.FACILITATOR))
                .filter(p -> !p.startedOn().isAfter(to) && (p.leftOn() == null || p.leftOn().isAfter(from)))
                .toList();
        Map<PractitionerId, List<AvailabilityLeave>> leave =
                availability.leaveOverlapping(facilitators.stream().map(Practitioner::id).toList(), from, to);
        return facilitators.stream().map(p -> new CapacityFacilitator(p.id(), p.name(), p.profession().agencyType(),
                p.protectedHoursPerWeek(), CapacityDays.workingDays(from, to, p.startedOn(), p.leftOn(),
                leave.getOrDefault(p.id(), List.of())), training.trainedOn(p.id(), from))).toList();
    }

    /** The site's facilitators in post on a day, by name, for its workforce page; the view is audited. */
    public List<CapacityFacilitator> rosterOn(SiteId site, LocalDate day) {
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "site-practitioners", site, site));
        return facilitatorsAt(site, day, day);
    }

    /** Joiners, leavers and headcount of the site's facilitators from..to, leavers included. */
    public TurnoverCount turnoverAt(SiteId site, LocalDate from, LocalDate to) {
        return TurnoverCount.of(practitioners.atSite(site, access.scope()).stream()
                .filter(p -> p.roles().contains(ProgrammeRole.FACILITATOR)).toList(), from, to);
    }

    public CapacityAllowances allowances() {
        return rules.capacity();
    }
}
