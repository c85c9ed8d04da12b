package org.babysteps.site.readiness;

import java.util.List;
import org.babysteps.site.ReadinessRating;

/** Two assessments of a site side by side: each criterion's rating in both, and what changed. */
public record Comparison(AssessmentRow earlier, AssessmentRow later, List<Row> rows) {

    public record Row(String section, String criterion, ReadinessRating before, ReadinessRating after) {

        public String change() {
            if (before == after) {
                return "No change";
            }
            if (before == null) {
                return "Newly rated";
            }
            if (after == null) {
                return "Not rated now";
            }
            return after.ordinal() > before.ordinal() ? "Improved" : "Worse";
        }

        public boolean changed() {
            return before != after;
        }
    }

    public long changedCount() {
        return rows.stream().filter(Row::changed).count();
    }
}
