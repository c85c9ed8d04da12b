package org.babysteps.reporting.evaluation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.babysteps.platform.SiteId;
import org.babysteps.reporting.ReportingPeriod;

/**
 * A stored local evaluation report: what the site chose (period, title, narrative) and whether it is shared.
 *
 * @param narrative the sections written so far; a section not written is absent
 * @param version   for optimistic saves: two people editing the narrative never overwrite each other silently
 */
public record EvaluationReportRecord(UUID id, SiteId site, String title, ReportingPeriod period, ReportStatus status,
                                     Instant sharedAt, int version, Map<NarrativeSection, String> narrative) {

    public EvaluationReportRecord {
        narrative = Map.copyOf(narrative);
    }

    public boolean shared() {
        return status == ReportStatus.SHARED;
    }

    public String section(NarrativeSection section) {
        return narrative.get(section);
    }
}
