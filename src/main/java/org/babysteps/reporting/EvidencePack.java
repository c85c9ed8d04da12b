package org.babysteps.reporting;

import java.util.List;
import org.babysteps.platform.SiteId;

/**
 * What a site shows its commissioners for a period: reach, delivery and fidelity, in sentences and figures that
 * are already safe to share (counts of families under 5 are shown as "fewer than 5"), and the local adaptations
 * the licensor approved, and the parents' questionnaire outcomes (pairs under 5 not shown).
 */
public record EvidencePack(SiteId site, String siteName, ReportingPeriod period, Section reach, Section delivery,
                           Section fidelity, Section adaptations, Section outcomes, ComplianceStatus overallCompliance) {

    /** One part of the pack: a plain-English summary and the figures behind it. */
    public record Section(String summary, List<Figure> figures) {

        public Section {
            figures = List.copyOf(figures);
        }
    }

    /** A labelled figure, already formatted (and suppressed where small). */
    public record Figure(String label, String value) {
    }
}
