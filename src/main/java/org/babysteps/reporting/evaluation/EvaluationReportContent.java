package org.babysteps.reporting.evaluation;

import java.time.Instant;
import java.util.List;
import org.babysteps.reporting.EvidencePack;

/**
 * Everything a local evaluation report shows, already safe to leave the site: the stored report (period, narrative),
 * the evidence pack's reach, delivery, fidelity and adaptations, charts, the outcomes by instrument against all
 * sites, and the methods note.
 *
 * @param generatedAt when the figures were worked out: they follow the records, so a later reading can differ
 */
public record EvaluationReportContent(EvaluationReportRecord report, EvidencePack pack, List<BarChart> reachCharts,
                                      List<OutcomeSection> outcomes, List<String> methods, Instant generatedAt) {

    public EvaluationReportContent {
        reachCharts = List.copyOf(reachCharts);
        outcomes = List.copyOf(outcomes);
        methods = List.copyOf(methods);
    }
}
