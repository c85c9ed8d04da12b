package org.babysteps.reporting.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeFigures;
import org.babysteps.outcomes.OutcomeRow;
import org.babysteps.outcomes.PairedAudience;
import org.babysteps.outcomes.PairedSentences;
import org.babysteps.reporting.outcomes.InstrumentPanel;
import org.babysteps.reporting.outcomes.SiteOutcomeDashboard;

/**
 * One instrument in a report: the site's rows by parent and the all-sites row beneath them ({@link AllSitesLine} says
 * what of it may be shown), the sentences that say what they mean, the charts, and the notes on how they were worked
 * out. Everything as shown beyond the site.
 *
 * @param figuresShown false when fewer than 5 of the site's parents have both scores: then the sentences say so and
 *                     no table or chart is drawn, since every figure in them would read "not shown"
 */
public record OutcomeSection(String instrumentName, boolean figuresShown, List<OutcomeRow> rows, List<String> sentences,
                             List<BarChart> charts, List<String> notes) {

    static final String ALL_SITES = "All sites, all parents";
    static final String OTHER_SITES_FEW = "The comparison with all sites is not shown: fewer than 5 parents at other"
            + " sites completed both questionnaires, so their results could be worked out from it.";

    public OutcomeSection {
        rows = List.copyOf(rows);
        sentences = List.copyOf(sentences);
        charts = List.copyOf(charts);
        notes = List.copyOf(notes);
    }

    /**
     * @param otherSites every other site's own analysis of the instrument: only to decide what of {@code allSites} may
     *                   be shown ({@link AllSitesLine})
     */
    static OutcomeSection of(OutcomeAnalysis site, OutcomeAnalysis allSites, Collection<OutcomeAnalysis> otherSites) {
        InstrumentPanel panel = SiteOutcomeDashboard.panels(List.of(site), PairedAudience.BEYOND_THE_SITE).get(0);
        String measure = panel.instrumentName();
        AllSitesLine line = AllSitesLine.beside(site, allSites, otherSites);
        List<OutcomeRow> rows = new ArrayList<>(panel.rows());
        rows.add(line.row(measure));
        List<String> sentences = new ArrayList<>(panel.sentences());
        List<BarChart> charts = new ArrayList<>(List.of(OutcomeCharts.means(site, line.means())));
        OutcomeCharts.reliableChange(site, line.split(), line.splitWithheld()).ifPresent(charts::add);
        boolean shown = OutcomeFigures.forAudience(PairedAudience.BEYOND_THE_SITE).showsFigures(site.allParents());
        if (!shown) {
            // one sentence for the site instead of one per parent group, each saying the same
            sentences = new ArrayList<>(List.of(PairedSentences.forAudience(PairedAudience.BEYOND_THE_SITE)
                    .change(site.allParents().result(), measure, "parents")));
        }
        sentences.addAll(line.sentences(measure));
        return new OutcomeSection(measure, shown, rows, sentences, shown ? charts : List.of(), panel.notes());
    }
}
