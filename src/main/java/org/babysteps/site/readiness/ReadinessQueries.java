package org.babysteps.site.readiness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.identity.Access;
import org.babysteps.platform.SiteId;
import org.babysteps.site.ReadinessDecisionSummary;
import org.babysteps.site.ReadinessDecisions;
import org.babysteps.site.ReadinessRating;
import org.babysteps.site.readiness.CriterionStore.Entry;
import org.babysteps.site.readiness.EvidenceFileStore.Download;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the readiness pages read; every answer limited to the caller's sites. */
@Service
@Transactional(readOnly = true)
public class ReadinessQueries implements ReadinessDecisions {

    private final AssessmentStore assessments;
    private final CriterionStore criteria;
    private final EvidenceFileStore files;
    private final ConditionStore conditions;
    private final ReadinessTemplates templates;
    private final Access access;

    ReadinessQueries(AssessmentStore assessments, CriterionStore criteria, EvidenceFileStore files,
                     ConditionStore conditions, ReadinessTemplates templates, Access access) {
        this.assessments = assessments;
        this.criteria = criteria;
        this.files = files;
        this.conditions = conditions;
        this.templates = templates;
        this.access = access;
    }

    @Override
    public Optional<ReadinessDecisionSummary> latest(SiteId site) {
        return assessments.latestDecided(site, access.scope()).map(row ->
                new ReadinessDecisionSummary(row.id(), row.site(), row.outcome(), row.decidedOn(), row.decisionReason()));
    }

    public List<AssessmentRow> ofSite(SiteId site) {
        return assessments.ofSite(site, access.scope());
    }

    public List<AssessmentRow> awaitingReview() {
        return assessments.submitted(access.scope());
    }

    public Optional<AssessmentRow> find(SiteId site, UUID id) {
        return assessments.find(site, id, access.scope());
    }

    public Optional<AssessmentPage> page(SiteId site, UUID id) {
        var scope = access.scope();
        return assessments.find(site, id, scope).map(row -> {
            ReadinessTemplate template = templates.get(row.templateCode(), row.templateVersion());
            Map<String, List<Entry>> history = criteria.entries(id, scope).stream()
                    .collect(Collectors.groupingBy(Entry::criterion));
            var comments = criteria.comments(id, scope).stream().collect(Collectors.groupingBy(CriterionStore.Comment::criterion));
            var filesBy = files.ofAssessment(id, scope).stream().collect(Collectors.groupingBy(EvidenceFileStore.EvidenceFile::criterion));
            List<AssessmentPage.SectionView> sections = template.sections().stream()
                    .map(section -> new AssessmentPage.SectionView(section, section.criteria().stream()
                            .map(c -> new AssessmentPage.CriterionView(c, history.getOrDefault(c.code(), List.of()),
                                    comments.getOrDefault(c.code(), List.of()), filesBy.getOrDefault(c.code(), List.of())))
                            .toList()))
                    .toList();
            return new AssessmentPage(row, template, sections, assessments.changes(id, scope), conditions.ofAssessment(id, scope));
        });
    }

    public Optional<Download> download(SiteId site, UUID assessment, UUID file) {
        return files.download(site, assessment, file, access.scope());
    }

    /** The latest rating of each criterion in two assessments of the same site, earlier one first. */
    public Optional<Comparison> compare(SiteId site, UUID first, UUID second) {
        var scope = access.scope();
        Optional<AssessmentRow> a = assessments.find(site, first, scope);
        Optional<AssessmentRow> b = assessments.find(site, second, scope);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        boolean inOrder = !a.get().startedOn().isAfter(b.get().startedOn());
        AssessmentRow earlier = inOrder ? a.get() : b.get();
        AssessmentRow later = inOrder ? b.get() : a.get();
        Map<String, ReadinessRating> before = ratings(earlier.id());
        Map<String, ReadinessRating> after = ratings(later.id());
        Map<String, Comparison.Row> rows = new LinkedHashMap<>();
        for (AssessmentRow row : List.of(later, earlier)) {
            for (ReadinessTemplate.Section section : templates.get(row.templateCode(), row.templateVersion()).sections()) {
                for (ReadinessTemplate.Criterion c : section.criteria()) {
                    rows.putIfAbsent(c.code(), new Comparison.Row(section.title(), c.title(), before.get(c.code()), after.get(c.code())));
                }
            }
        }
        return Optional.of(new Comparison(earlier, later, new ArrayList<>(rows.values())));
    }

    /**
     * Each criterion's rating in its latest save, whatever that holds: a save that cleared the rating means "not
     * rated", not the rating of some earlier save. (Entries come newest first within a criterion.)
     */
    private Map<String, ReadinessRating> ratings(UUID assessment) {
        Map<String, ReadinessRating> latest = new LinkedHashMap<>();
        for (Entry entry : criteria.entries(assessment, access.scope())) {
            if (!latest.containsKey(entry.criterion())) {
                latest.put(entry.criterion(), entry.rating());
            }
        }
        return latest;
    }
}
