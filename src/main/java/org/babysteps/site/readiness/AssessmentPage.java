package org.babysteps.site.readiness;

import java.util.List;
import org.babysteps.site.readiness.AssessmentStore.StatusChange;
import org.babysteps.site.readiness.ConditionStore.Condition;
import org.babysteps.site.readiness.CriterionStore.Comment;
import org.babysteps.site.readiness.CriterionStore.Entry;
import org.babysteps.site.readiness.EvidenceFileStore.EvidenceFile;
import org.babysteps.site.readiness.ReadinessTemplate.Criterion;
import org.babysteps.site.readiness.ReadinessTemplate.Section;

/** Everything the assessment page shows: each criterion's latest answer, its history, comments and files. */
public record AssessmentPage(AssessmentRow assessment, ReadinessTemplate template, List<SectionView> sections,
                             List<StatusChange> changes, List<Condition> conditions) {

    public record SectionView(Section section, List<CriterionView> criteria) {
    }

    /** @param history every save, newest first (the first is {@code latest}) */
    public record CriterionView(Criterion criterion, List<Entry> history, List<Comment> comments, List<EvidenceFile> files) {

        public Entry latest() {
            return history.isEmpty() ? null : history.get(0);
        }

        /** The revision an edit is based on, so a save made on a stale page is refused. */
        public int revision() {
            return history.isEmpty() ? 0 : history.get(0).revision();
        }

        public boolean hasHistory() {
            return !history.isEmpty() || !comments.isEmpty() || files.stream().anyMatch(EvidenceFile::removed);
        }
    }

    public long rated() {
        return sections.stream().flatMap(s -> s.criteria().stream()).filter(c -> c.latest() != null && c.latest().rating() != null).count();
    }

    public long criteriaCount() {
        return template.criteria().size();
    }
}
