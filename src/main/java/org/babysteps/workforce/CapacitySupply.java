package org.babysteps.workforce;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
        return in(site, from, to, List.of(from)).get(from);
    }

    /**
     * The same, week by week (the first from {@code from}, then Monday to Sunday, the last to {@code to}), keyed by
     * each week's first day. Protected hours are weekly and cannot be saved up, so capacity is judged per week.
     * Training is judged on {@code from}, so one period asks the training records once per facilitator.
     */
    public Map<LocalDate, List<CapacityFacilitator>> weeklyAt(SiteId site, LocalDate from, LocalDate to) {
        List<LocalDate> starts = new java.util.ArrayList<>();
        for (LocalDate start = from; !start.isAfter(to); start = start.with(TemporalAdjusters.next(DayOfWeek.MONDAY))) {
            starts.add(start);
        }
        return in(site, from, to, starts);
    }

    /** Facilitators in post from..to, with their working days in each sub-period beginning on one of {@code starts}. */
    private Map<LocalDate, List<CapacityFacilitator>> in(SiteId site, LocalDate from, LocalDate to, List<LocalDate> starts) {
        List<Practitioner> facilitators = practitioners.atSite(site, access.scope()).stream()
                .filter(p -> p.roles().contains(ProgrammeRole.FACILITATOR))
                .filter(p -> !p.startedOn().isAfter(to) && (p.leftOn() == null || p.leftOn().isAfter(from)))
                .toList();
        Map<PractitionerId, List<AvailabilityLeave>> leave =
                availability.leaveOverlapping(facilitators.stream().map(Practitioner::id).toList(), from, to);
        Map<PractitionerId, Boolean> trained = new java.util.HashMap<>();
        facilitators.forEach(p -> trained.put(p.id(), training.trainedOn(p.id(), from)));
        Map<LocalDate, List<CapacityFacilitator>> byWeek = new java.util.LinkedHashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = starts.get(i);
            LocalDate end = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : to;
            byWeek.put(start, facilitators.stream().map(p -> new CapacityFacilitator(p.id(), p.name(),
                    p.profession().agencyType(), p.protectedHoursPerWeek(), CapacityDays.workingDays(start, end,
                    p.startedOn(), p.leftOn(), leave.getOrDefault(p.id(), List.of())), trained.get(p.id()))).toList());
        }
        return byWeek;
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
