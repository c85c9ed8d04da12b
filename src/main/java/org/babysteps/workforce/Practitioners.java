package org.babysteps.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.workforce.internal.PractitionerStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding, changing and recording the leaving of practitioners; other modules hear of it by event. */
@Service
@Transactional
public class Practitioners {

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(60);

    private final PractitionerStore store;
    private final Access access;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    Practitioners(PractitionerStore store, Access access, AuditLog auditLog, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.auditLog = auditLog;
        this.events = events;
    }

    public PractitionerId add(PractitionerDetails details) {
        check(details);
        if (details.userId() != null && store.ofUser(details.userId()).isPresent()) {
            throw new WorkforceRuleException("userId", "This account already has a practitioner record");
        }
        PractitionerId id = PractitionerId.random();
        Practitioner practitioner = details.withId(id);
        store.insert(practitioner);
        audit(AuditAction.CREATE, practitioner);
        publish(practitioner);
        return id;
    }

    /** Saves changes unless someone else saved the record since it was read at {@code version}. */
    public void update(PractitionerId id, int version, PractitionerDetails details) {
        Practitioner current = find(id).practitioner();
        check(details);
        Practitioner changed = new PractitionerDetails(current.userId(), details.name(), current.agencyId(),
                details.profession(), details.siteIds(), details.startedOn(), details.leftOn(),
                details.protectedHoursPerWeek(), details.roles()).withId(id);
        if (!store.update(changed, version)) {
            throw new WorkforceRuleException(null, "Someone else changed this practitioner while you were editing. "
                    + "Check the details and save again.");
        }
        audit(AuditAction.UPDATE, changed);
        publish(changed);
    }

    @Transactional(readOnly = true)
    public VersionedPractitioner find(PractitionerId id) {
        VersionedPractitioner found = store.find(id, access.scope())
                .orElseThrow(() -> new NotFoundException("Practitioner"));
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "practitioner", id, found.practitioner().siteIds().stream()
                .findFirst().orElse(null)));
        return found;
    }

    @Transactional(readOnly = true)
    public List<Practitioner> atSite(SiteId site) {
        List<Practitioner> staff = store.atSite(site, access.scope());
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "site-practitioners", site, site));
        return staff;
    }

    private void check(PractitionerDetails details) {
        SiteScope scope = access.scope();
        if (details.name() == null || details.name().isBlank()) {
            throw new WorkforceRuleException("name", "Enter the practitioner's full name");
        }
        if (details.profession() == null) {
            throw new WorkforceRuleException("profession", "Select their profession");
        }
        if (details.siteIds().isEmpty() || !details.siteIds().stream().allMatch(scope::includes)) {
            throw new WorkforceRuleException("siteIds", "Select one of your sites");
        }
        if (details.startedOn() == null) {
            throw new WorkforceRuleException("startedOn", "Enter the date they started in the programme");
        }
        if (details.startedOn().isAfter(LocalDate.now().plusYears(1))) {
            throw new WorkforceRuleException("startedOn", "Start date must be within the next year");
        }
        if (details.leftOn() != null && details.leftOn().isBefore(details.startedOn())) {
            throw new WorkforceRuleException("leftOn", "Leaving date must be on or after the start date");
        }
        BigDecimal hours = details.protectedHoursPerWeek() == null ? BigDecimal.ZERO : details.protectedHoursPerWeek();
        if (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new WorkforceRuleException("protectedHoursPerWeek", "Protected hours must be between 0 and 60 a week");
        }
    }

    private void audit(AuditAction action, Practitioner practitioner) {
        auditLog.record(AuditRecord.of(action, "practitioner", practitioner.id(),
                practitioner.siteIds().stream().findFirst().orElse(null)));
    }

    private void publish(Practitioner p) {
        events.publishEvent(new PractitionerChanged(p.id(), p.userId(), p.name(), p.siteIds(), p.profession().agencyType(),
                p.roles(), p.leftOn()));
    }
}
