package org.babysteps.site.readiness;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.site.ReadinessConditionRequest;
import org.babysteps.site.ReadinessOutcome;
import org.babysteps.site.ReadinessRating;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The writes behind {@code site.ReadinessAssessments}, which has already checked the rules: keeps the stores'
 * statements package-private, so nothing outside this package changes an assessment around the rules.
 */
@Component
public class ReadinessWrites {

    private final AssessmentStore assessments;
    private final CriterionStore criteria;
    private final EvidenceFileStore files;
    private final ConditionStore conditions;
    private final EvidenceFilePolicy filePolicy;

    ReadinessWrites(AssessmentStore assessments, CriterionStore criteria, EvidenceFileStore files,
                    ConditionStore conditions, EvidenceLimit limit) {
        this.assessments = assessments;
        this.criteria = criteria;
        this.files = files;
        this.conditions = conditions;
        this.filePolicy = new EvidenceFilePolicy(limit.bytes());
    }

    public boolean openExists(SiteId site) {
        return assessments.openExists(site);
    }

    /** The assessment locked for a change, if it belongs to {@code site} and the caller may see the site. */
    public Optional<AssessmentRow> lock(SiteId site, UUID id, SiteScope scope) {
        return assessments.lock(id, scope).filter(row -> row.site().equals(site));
    }

    public void start(UUID id, SiteId site, ReadinessTemplate template, LocalDate startedOn, CurrentUser by) {
        try {
            assessments.insert(id, site, template, startedOn, by.displayName());
        } catch (DuplicateKeyException raced) {
            // two clicks at once both passed the check; the index lets one through, the other gets the rule's words
            AssessmentLifecycle.start(true);
        }
        assessments.recordChange(id, null, AssessmentStatus.DRAFT, null, by.userId().value(), by.displayName());
    }

    public boolean saveEntry(UUID assessment, String criterion, int basedOn, ReadinessRating rating, String evidence,
                             CurrentUser by) {
        return criteria.save(assessment, criterion, basedOn, rating, evidence, by.userId().value(), by.displayName());
    }

    public UUID addFile(UUID assessment, String criterion, String fileName, byte[] content, CurrentUser by) {
        String contentType = filePolicy.check(fileName, content);
        UUID id = UUID.randomUUID();
        String name = fileName.replaceAll("[\\\\/]", "_").trim();
        files.insert(id, assessment, criterion, name.length() > 255 ? name.substring(name.length() - 255) : name,
                contentType, content, by.userId().value(), by.displayName());
        return id;
    }

    public void removeFile(AssessmentRow row, UUID file, CurrentUser by) {
        EvidenceFileStore.EvidenceFile found = files.find(row.id(), file, SiteScope.of(java.util.Set.of(row.site())))
                .orElseThrow(() -> new NotFoundException("File"));
        AssessmentLifecycle.requireDraft(row.status());
        if (found.removed()) {
            throw new org.babysteps.platform.RuleViolationException(null, "This file was already removed by "
                    + found.removedByName());
        }
        files.remove(file, by.displayName());
    }

    public void move(AssessmentRow row, AssessmentStatus to, String comment, CurrentUser by) {
        if (to == AssessmentStatus.SUBMITTED) {
            assessments.submit(row.id(), org.babysteps.platform.UkTime.today());
        } else {
            assessments.returnToDraft(row.id());
        }
        assessments.recordChange(row.id(), row.status(), to, comment, by.userId().value(), by.displayName());
    }

    public void comment(UUID assessment, String criterion, String comment, CurrentUser by) {
        criteria.comment(assessment, criterion, comment, by.userId().value(), by.displayName());
    }

    public void decide(AssessmentRow row, ReadinessOutcome outcome, String reason, LocalDate decidedOn,
                       List<ReadinessConditionRequest> requested, CurrentUser by) {
        AssessmentLifecycle.checkDecisionDate(decidedOn, row.startedOn());
        assessments.decide(row.id(), outcome, reason, decidedOn, by.displayName());
        for (int i = 0; i < requested.size(); i++) {
            conditions.insert(row.id(), i + 1, requested.get(i));
        }
        assessments.recordChange(row.id(), row.status(), AssessmentStatus.DECIDED, outcome.label() + ": " + reason.trim(),
                by.userId().value(), by.displayName());
    }

    public void markConditionDone(AssessmentRow row, UUID condition, LocalDate today, CurrentUser by) {
        ConditionStore.Condition found = conditions.find(row.id(), condition, SiteScope.of(java.util.Set.of(row.site())))
                .orElseThrow(() -> new NotFoundException("Condition"));
        AssessmentLifecycle.markDone(found.done());
        AssessmentLifecycle.markDone(!conditions.markDone(condition, today, by.displayName()));
    }

    public List<UUID> conditionIds(UUID assessment, SiteScope scope) {
        return conditions.ofAssessment(assessment, scope).stream().map(ConditionStore.Condition::id).toList();
    }
}
