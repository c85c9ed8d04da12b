package org.babysteps.site;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.Programmes;
import org.babysteps.site.internal.SiteStore;
import org.babysteps.site.readiness.AssessmentLifecycle;
import org.babysteps.site.readiness.AssessmentRow;
import org.babysteps.site.readiness.ReadinessTemplate;
import org.babysteps.site.readiness.ReadinessTemplates;
import org.babysteps.site.readiness.ReadinessWrites;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site's readiness assessments: the site fills one in (every save kept, with who and when), submits it; the
 * licensor comments, returns it or decides. Each change is one transaction, audited, and limited to the caller's
 * sites: an assessment of another site is not found. Who may do what is decided by the pages' access rules.
 */
@Service
@Transactional
public class ReadinessAssessments {

    private static final int MAX_TEXT = 10_000;

    private final ReadinessWrites writes;
    private final ReadinessTemplates templates;
    private final Programmes programmes;
    private final SiteStore sites;
    private final AuditLog auditLog;
    private final Access access;

    ReadinessAssessments(ReadinessWrites writes, ReadinessTemplates templates, Programmes programmes, SiteStore sites,
                         AuditLog auditLog, Access access) {
        this.writes = writes;
        this.templates = templates;
        this.programmes = programmes;
        this.sites = sites;
        this.auditLog = auditLog;
        this.access = access;
    }

    /** Starts a new assessment against the current template, unless one is already in progress. */
    public UUID start(SiteId site, LocalDate startedOn) {
        sites.findRecord(site, access.scope()).orElseThrow(() -> new NotFoundException("Site"));
        AssessmentLifecycle.start(writes.openExists(site));
        ReadinessTemplate template = templates.current(programmes.defaultProgramme().id())
                .orElseThrow(() -> new IllegalStateException("No readiness template for the default programme"));
        UUID id = UUID.randomUUID();
        writes.start(id, site, template, startedOn, who());
        audit(site, id, "started");
        return id;
    }

    /** Saves a criterion's rating and evidence on top of revision {@code basedOn} (0 for the first save). */
    public void saveCriterion(SiteId site, UUID assessment, String criterion, int basedOn, ReadinessRating rating,
                              String evidence) {
        AssessmentRow row = draft(site, assessment, criterion);
        if (rating == null && (evidence == null || evidence.isBlank())) {
            throw new RuleViolationException("rating", "Select a rating or enter evidence");
        }
        if (evidence != null && evidence.length() > MAX_TEXT) {
            throw new RuleViolationException("evidence", "Evidence must be " + MAX_TEXT + " characters or fewer");
        }
        if (!writes.saveEntry(row.id(), criterion, basedOn, rating, evidence, who())) {
            throw new RuleViolationException(null, "Someone else saved this criterion while you were editing it."
                    + " Their answer is shown below: check it and save yours again if it is still right");
        }
        audit(site, assessment, "criterion " + criterion + " rated " + (rating == null ? "-" : rating.name()));
    }

    /** Stores an evidence file after checking by its content that it is what its name says. */
    public UUID addFile(SiteId site, UUID assessment, String criterion, String fileName, byte[] content) {
        AssessmentRow row = draft(site, assessment, criterion);
        UUID id = writes.addFile(row.id(), criterion, fileName, content, who());
        audit(site, assessment, "file " + id + " added to " + criterion);
        return id;
    }

    /** Takes a file out of the assessment; it stays in the history with who removed it and when. */
    public void removeFile(SiteId site, UUID assessment, UUID file) {
        AssessmentRow row = assessment(site, assessment);
        writes.removeFile(row, file, who());
        audit(site, assessment, "file " + file + " removed");
    }

    public void submit(SiteId site, UUID assessment) {
        AssessmentRow row = assessment(site, assessment);
        writes.move(row, AssessmentLifecycle.submit(row.status()), null, who());
        audit(site, assessment, "submitted");
    }

    /** The licensor hands a submitted assessment back to the site, saying what it needs. */
    public void returnToSite(SiteId site, UUID assessment, String comment) {
        AssessmentRow row = assessment(site, assessment);
        writes.move(row, AssessmentLifecycle.returnToSite(row.status(), comment), comment.trim(), who());
        audit(site, assessment, "returned to the site");
    }

    public void comment(SiteId site, UUID assessment, String criterion, String comment) {
        AssessmentRow row = assessment(site, assessment);
        criterion(row, criterion);
        AssessmentLifecycle.comment(row.status(), comment);
        if (comment.length() > MAX_TEXT) {
            throw new RuleViolationException("comment", "A comment must be " + MAX_TEXT + " characters or fewer");
        }
        writes.comment(row.id(), criterion, comment, who());
        audit(site, assessment, "comment on " + criterion);
    }

    public void decide(SiteId site, UUID assessment, ReadinessOutcome outcome, String reason, LocalDate decidedOn,
                       List<ReadinessConditionRequest> conditions) {
        AssessmentRow row = assessment(site, assessment);
        AssessmentLifecycle.decide(row.status(), outcome, reason, decidedOn, UkTime.today(), conditions);
        writes.decide(row, outcome, reason, decidedOn, conditions, who());
        audit(site, assessment, "decided " + outcome.name() + " with " + conditions.size() + " conditions");
    }

    public void markConditionDone(SiteId site, UUID assessment, UUID condition) {
        AssessmentRow row = assessment(site, assessment);
        writes.markConditionDone(row, condition, UkTime.today(), who());
        audit(site, assessment, "condition " + condition + " done");
    }

    /** The conditions of a decision, in order, to mark them done by id. */
    public List<UUID> conditionIds(SiteId site, UUID assessment) {
        return writes.conditionIds(assessment(site, assessment).id(), access.scope());
    }

    private AssessmentRow draft(SiteId site, UUID assessment, String criterion) {
        AssessmentRow row = assessment(site, assessment);
        criterion(row, criterion);
        AssessmentLifecycle.requireDraft(row.status());
        return row;
    }

    private void criterion(AssessmentRow row, String criterion) {
        templates.get(row.templateCode(), row.templateVersion()).criterion(criterion)
                .orElseThrow(() -> new NotFoundException("Criterion"));
    }

    private AssessmentRow assessment(SiteId site, UUID assessment) {
        return writes.lock(site, assessment, access.scope()).orElseThrow(() -> new NotFoundException("Assessment"));
    }

    private CurrentUser who() {
        return access.currentUser();
    }

    private void audit(SiteId site, UUID assessment, String detail) {
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "readiness-assessment", assessment, site).withDetail(detail));
    }
}
