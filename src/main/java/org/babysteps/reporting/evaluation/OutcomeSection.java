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
 *
 * @param figuresShown false when fewer than 5 of the site's parents have both scores: then the sentences say so and
 *                     no table or chart is drawn, since every figure in them would read "not shown"
 */
public record OutcomeSection(String instrumentName, boolean figuresShown, List<OutcomeRow> rows, List<String> sentences,
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
        boolean shown = OutcomeFigures.forAudience(PairedAudience.BEYOND_THE_SITE).showsFigures(site.allParents());
        if (!shown) {
            // one sentence for the site instead of one per parent group, each saying the same
            sentences = new ArrayList<>(List.of(PairedSentences.forAudience(PairedAudience.BEYOND_THE_SITE)
                    .change(site.allParents().result(), measure, "parents"), sentences.get(sentences.size() - 1)));
        }
        return new OutcomeSection(measure, shown, rows, sentences, shown ? charts : List.of(), panel.notes());
    }
}
