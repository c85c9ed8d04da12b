package org.babysteps.site;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.Programmes;
import org.babysteps.site.internal.SiteStore;
import org.babysteps.site.licence.LicenceAction;
import org.babysteps.site.licence.LicenceLifecycle;
import org.babysteps.site.licence.LicenceRow;
import org.babysteps.site.licence.LicenceWrites;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing licences and changing their state. A licence needs a positive readiness decision and must not overlap
 * another for the same site and programme; every change is one transaction, audited with who and why. Only
 * licensor staff reach these through the pages.
 */
@Service
@Transactional
public class LicenceAdministration {

    private final LicenceWrites writes;
    private final ReadinessDecisions decisions;
    private final Programmes programmes;
    private final SiteStore sites;
    private final AuditLog auditLog;
    private final Access access;

    LicenceAdministration(LicenceWrites writes, ReadinessDecisions decisions, Programmes programmes, SiteStore sites,
                          AuditLog auditLog, Access access) {
        this.writes = writes;
        this.decisions = decisions;
        this.programmes = programmes;
        this.sites = sites;
        this.auditLog = auditLog;
        this.access = access;
    }

    public UUID issue(NewLicence licence) {
        sites.findRecord(licence.site(), access.scope()).orElseThrow(() -> new NotFoundException("Site"));
        ProgrammeDefinition programme = licence.programme() == null ? null : programmes.find(licence.programme()).orElse(null);
        if (programme == null) {
            throw new RuleViolationException("programme", "Select the programme");
        }
        LicenceLifecycle.checkDates(licence.startsOn(), licence.endsOn());
        LocalDate endsOn = licence.endsOn() == null ? LicenceLifecycle.defaultEnd(licence.startsOn()) : licence.endsOn();
        ReadinessOutcome latest = decisions.latest(licence.site()).map(ReadinessDecisionSummary::outcome).orElse(null);
        if (latest == null || !latest.positive()) {
            throw new RuleViolationException(null, "A licence can be issued only after a positive readiness decision: "
                    + (latest == null ? "the site has no decided readiness assessment"
                    : "the site's latest readiness decision is \"" + latest.label().toLowerCase() + "\""));
        }
        UUID id = UUID.randomUUID();
        writes.issue(id, licence.site(), programme, licence.startsOn(), endsOn, licence.issueNow(),
                licence.siteConditions(), access.currentUser());
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "licence", id, licence.site())
                .withDetail((licence.issueNow() ? "issued " : "drafted ") + licence.startsOn() + " to " + endsOn));
        return id;
    }

    /** Issues a draft, suspends, reinstates or ends a licence; {@code endedOn} only for ending. */
    public void change(SiteId site, UUID licence, LicenceAction action, String reason, LocalDate endedOn) {
        LicenceRow row = writes.lock(site, licence, access.scope()).orElseThrow(() -> new NotFoundException("Licence"));
        writes.change(row, action, reason, endedOn, access.currentUser());
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "licence", licence, site)
                .withDetail(action.name() + (reason == null ? "" : ": " + reason)));
    }

    public void addCondition(SiteId site, UUID licence, NewLicenceCondition condition) {
        LicenceRow row = writes.lock(site, licence, access.scope()).orElseThrow(() -> new NotFoundException("Licence"));
        if (row.state() == LicenceState.ENDED || row.state() == LicenceState.EXPIRED) {
            throw new RuleViolationException(null, "This licence is " + row.state().label().toLowerCase()
                    + ": conditions can be added only to a current licence");
        }
        writes.addSiteCondition(licence, condition, access.currentUser());
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "licence", licence, site).withDetail("condition added: " + condition.title()));
    }
}
