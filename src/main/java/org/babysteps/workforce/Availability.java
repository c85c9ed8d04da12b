package org.babysteps.workforce;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import org.babysteps.platform.NotFoundException;
import org.babysteps.workforce.internal.AvailabilityStore;
import org.babysteps.workforce.internal.PractitionerStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practitioners' usual weekly availability and leave. A practitioner keeps their own; their site lead keeps it for
 * them. Other modules ask {@link #isAvailable} when pairing facilitators, which reveals no leave reason.
 */
@Service
@Transactional
public class Availability {

    private static final int MAX_REASON = 200;
    private static final int MAX_LEAVE_DAYS = 366;

    private final AvailabilityStore store;
    private final PractitionerStore practitioners;
    private final Access access;
    private final AuditLog auditLog;

    Availability(AvailabilityStore store, PractitionerStore practitioners, Access access, AuditLog auditLog) {
        this.store = store;
        this.practitioners = practitioners;
        this.access = access;
        this.auditLog = auditLog;
    }

    /** The usual week and leave, for the practitioner themself or a lead of their site (or an admin); others get 404. */
    @Transactional(readOnly = true)
    public AvailabilityPlan plan(PractitionerId id) {
        Practitioner practitioner = editable(id);
        audit(AuditAction.VIEW, practitioner);
        return new AvailabilityPlan(id, practitioner.name(), store.usualWeek(id), store.leave(id));
    }

    public void saveUsualWeek(PractitionerId id, Set<AvailabilitySlot> slots) {
        Practitioner practitioner = editable(id);
        store.replaceUsualWeek(id, slots == null ? Set.of() : slots);
        audit(AuditAction.UPDATE, practitioner);
    }

    public UUID addLeave(PractitionerId id, LocalDate startsOn, LocalDate endsOn, String reason) {
        Practitioner practitioner = editable(id);
        if (startsOn == null) {
            throw new WorkforceRuleException("startsOn", "Enter the first day of leave");
        }
        if (endsOn == null) {
            throw new WorkforceRuleException("endsOn", "Enter the last day of leave");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new WorkforceRuleException("endsOn", "Last day of leave must be on or after the first day");
        }
        if (startsOn.plusDays(MAX_LEAVE_DAYS).isBefore(endsOn)) {
            throw new WorkforceRuleException("endsOn", "Leave must be a year or shorter; record a longer absence as leaving");
        }
        String tidy = reason == null || reason.isBlank() ? null : reason.strip();
        if (tidy != null && tidy.length() > MAX_REASON) {
            throw new WorkforceRuleException("reason", "Reason must be " + MAX_REASON + " characters or fewer");
        }
        UUID leaveId = UUID.randomUUID();
        store.addLeave(id, new AvailabilityLeave(leaveId, startsOn, endsOn, tidy), access.currentUser().username());
        audit(AuditAction.UPDATE, practitioner);
        return leaveId;
    }

    public void removeLeave(PractitionerId id, UUID leaveId) {
        Practitioner practitioner = editable(id);
        if (!store.removeLeave(id, leaveId)) {
            throw new NotFoundException("Leave");
        }
        audit(AuditAction.UPDATE, practitioner);
    }

    /** Whether a practitioner of the caller's sites is in post, usually available at that time and not on leave. */
    @Transactional(readOnly = true)
    public boolean isAvailable(PractitionerId id, LocalDate day, LocalTime time) {
        Practitioner practitioner = practitioners.find(id, access.scope()).map(VersionedPractitioner::practitioner)
                .orElseThrow(() -> new NotFoundException("Practitioner"));
        return practitioner.inPostOn(day)
                && new AvailabilityPlan(id, practitioner.name(), store.usualWeek(id), store.leave(id)).isAvailable(day, time);
    }

    /** The caller's own practitioner record, if they have one. */
    @Transactional(readOnly = true)
    public java.util.Optional<PractitionerId> mine() {
        return practitioners.ofUser(access.currentUser().userId()).map(Practitioner::id);
    }

    /** The practitioner, if the caller is them, leads one of their sites or is a licensor admin; else 404 like an unknown id. */
    private Practitioner editable(PractitionerId id) {
        CurrentUser user = access.currentUser();
        Practitioner practitioner = practitioners.find(id, access.scope()).map(VersionedPractitioner::practitioner)
                .orElseThrow(() -> new NotFoundException("Practitioner"));
        boolean self = user.userId().equals(practitioner.userId());
        boolean lead = user.has(Role.SITE_LEAD) && practitioner.siteIds().stream().anyMatch(user.siteIds()::contains);
        // licensor admins too: imports and system jobs (the demo seed) run as one
        if (!self && !lead && !user.has(Role.LICENSOR_ADMIN)) {
            throw new NotFoundException("Practitioner");
        }
        return practitioner;
    }

    private void audit(AuditAction action, Practitioner practitioner) {
        auditLog.record(AuditRecord.of(action, "practitioner-availability", practitioner.id(),
                practitioner.siteIds().stream().findFirst().orElse(null)));
    }
}
