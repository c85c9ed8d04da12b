package org.babysteps.reporting.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.site.FundingStreams;
import org.babysteps.site.Sites;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site's local evaluation reports: started, written and shared by its lead, read by its team, the licensor and,
 * once shared, the commissioners who fund the site. Anyone else is told the report does not exist. Every change
 * is audited.
 */
@Service
@Transactional
public class EvaluationReports {

    static final String RECORD_TYPE = "evaluation-report";

    private final EvaluationReportStore store;
    private final FundingStreams funding;
    private final Sites sites;
    private final Access access;
    private final AuditLog auditLog;

    EvaluationReports(EvaluationReportStore store, FundingStreams funding, Sites sites, Access access, AuditLog auditLog) {
        this.store = store;
        this.funding = funding;
        this.sites = sites;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public List<EvaluationReportRecord> forSite(SiteId site) {
        ReportReader reader = reader();
        sites.find(site).orElseThrow(() -> new NotFoundException("Site"));
        if (reader.mustFundSite() && funding.forSite(site).isEmpty()) {
            throw new NotFoundException("Site");
        }
        return store.forSite(site, access.scope(), reader.sharedOnly());
    }

    @Transactional(readOnly = true)
    public EvaluationReportRecord find(UUID id) {
        ReportReader reader = reader();
        EvaluationReportRecord report = store.find(id, access.scope(), reader.sharedOnly())
                .orElseThrow(() -> new NotFoundException("Evaluation report"));
        // a commissioner whose organisation does not fund the site: the same answer as for any unknown report
        if (reader.mustFundSite() && funding.forSite(report.site()).isEmpty()) {
            throw new NotFoundException("Evaluation report");
        }
        return report;
    }

    /** Whether the signed-in person writes and shares this site's reports. */
    @Transactional(readOnly = true)
    public boolean writes(SiteId site) {
        return reader().writes(site);
    }

    public UUID start(SiteId site, String title, ReportingPeriod period) {
        sites.find(site).orElseThrow(() -> new NotFoundException("Site"));
        requireWriter(site);
        if (period.to().isAfter(UkTime.today())) {
            throw new RuleViolationException("to", "The period must end today or earlier: a report counts what has happened");
        }
        UUID id = UUID.randomUUID();
        store.insert(id, site, title.strip(), period, access.currentUser().userId());
        auditLog.record(AuditRecord.of(AuditAction.CREATE, RECORD_TYPE, id, site).withDetail("period " + period.label()));
        return id;
    }

    /** Saves every section at once; a blank section is removed. Only a draft can be edited. */
    public void saveNarrative(UUID id, int version, Map<NarrativeSection, String> sections) {
        EvaluationReportRecord report = writable(id);
        claim(report, version, ReportStatus.DRAFT);
        Map<NarrativeSection, String> cleaned = new EnumMap<>(NarrativeSection.class);
        sections.forEach((section, body) -> cleaned.put(section, body == null || body.isBlank() ? null : body.strip()));
        for (NarrativeSection section : NarrativeSection.values()) {
            store.saveSection(id, section, cleaned.get(section), access.currentUser().userId());
        }
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, RECORD_TYPE, id, report.site()).withDetail("narrative"));
    }

    public void share(UUID id, int version) {
        changeStatus(id, version, ReportStatus.DRAFT, ReportStatus.SHARED);
    }

    /** Back to draft, e.g. to correct the narrative; commissioners no longer see it until it is shared again. */
    public void withdraw(UUID id, int version) {
        changeStatus(id, version, ReportStatus.SHARED, ReportStatus.DRAFT);
    }

    private void changeStatus(UUID id, int version, ReportStatus from, ReportStatus to) {
        EvaluationReportRecord report = writable(id);
        claim(report, version, from);
        store.setStatus(id, to);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, RECORD_TYPE, id, report.site()).withDetail(to.label()));
    }

    private EvaluationReportRecord writable(UUID id) {
        EvaluationReportRecord report = find(id);
        requireWriter(report.site());
        return report;
    }

    private void claim(EvaluationReportRecord report, int version, ReportStatus required) {
        if (report.status() != required) {
            throw new RuleViolationException("status", required == ReportStatus.DRAFT
                    ? "This report has been shared with commissioners. Take it back to draft before you change it."
                    : "This report is not shared.");
        }
        if (!store.claimVersion(report.id(), version, required)) {
            throw new RuleViolationException("version",
                    "Someone else changed this report while you were editing it. Your changes have not been saved: "
                            + "reload the report to see the latest version.");
        }
    }

    private void requireWriter(SiteId site) {
        if (!reader().writes(site)) {
            throw new AccessDeniedException("Only the site's lead writes its evaluation reports");
        }
    }

    private ReportReader reader() {
        return ReportReader.of(access.currentUser());
    }
}
