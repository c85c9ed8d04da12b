package org.babysteps.reporting.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeFigures;
import org.babysteps.outcomes.OutcomeRow;
import org.babysteps.outcomes.PairedAudience;
import org.babysteps.outcomes.PairedSentences;
import org.babysteps.reporting.outcomes.InstrumentPanel;
import org.babysteps.reporting.outcomes.SiteOutcomeDashboard;

/**
 * One instrument in a report: the site's rows by parent and the all-sites row beneath them, the sentences that say
 * what they mean, the charts, and the notes on how they were worked out. Everything as shown beyond the site.
 */
public record OutcomeSection(String instrumentName, List<OutcomeRow> rows, List<String> sentences,
                             List<BarChart> charts, List<String> notes) {

    public OutcomeSection {
        rows = List.copyOf(rows);
        sentences = List.copyOf(sentences);
        charts = List.copyOf(charts);
        notes = List.copyOf(notes);
    }

    static OutcomeSection of(OutcomeAnalysis site, OutcomeAnalysis allSites) {
        InstrumentPanel panel = SiteOutcomeDashboard.panels(List.of(site), PairedAudience.BEYOND_THE_SITE).get(0);
        String measure = panel.instrumentName();
        List<OutcomeRow> rows = new ArrayList<>(panel.rows());
        rows.add(OutcomeFigures.forAudience(PairedAudience.BEYOND_THE_SITE)
                .row("All sites, all parents", allSites.allParents(), measure));
        List<String> sentences = new ArrayList<>(panel.sentences());
        sentences.add("For comparison, across all sites: " + PairedSentences.forAudience(PairedAudience.BEYOND_THE_SITE)
                .change(allSites.allParents().result(), measure, "parents"));
        List<BarChart> charts = new ArrayList<>(List.of(OutcomeCharts.means(site, allSites)));
        OutcomeCharts.reliableChange(site, allSites).ifPresent(charts::add);
        return new OutcomeSection(measure, rows, sentences, charts, panel.notes());
    }
}
