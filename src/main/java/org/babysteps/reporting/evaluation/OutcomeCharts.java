package org.babysteps.reporting.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.babysteps.outcomes.Direction;
import org.babysteps.outcomes.GroupOutcome;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeFigures;
import org.babysteps.outcomes.PairedAudience;
import org.babysteps.outcomes.PairedReliableChange;
import org.babysteps.reporting.evaluation.BarChart.Bar;

/**
 * The outcome charts of a report, site beside all sites, for all parents together. A report leaves the site, so a
 * group of fewer than 5 pairs draws no bar and says so, and a reliable-change split is drawn only when none of its
 * three parts is under 5 (the rule of the tables beside it).
 */
final class OutcomeCharts {

    private static final OutcomeFigures FIGURES = OutcomeFigures.forAudience(PairedAudience.BEYOND_THE_SITE);

    private OutcomeCharts() {
    }

    /** Average total at the two time points, on the instrument's own scale; {@code allSites} null when not shown. */
    static BarChart means(OutcomeAnalysis site, OutcomeAnalysis allSites) {
        String measure = site.instrument().name();
        String later = laterName(site);
        double scale = site.instrument().range().max();
        List<Bar> bars = new ArrayList<>();
        List<String> said = new ArrayList<>();
        add(bars, said, "This site", site.allParents(), later, scale, false);
        if (allSites != null) {
            add(bars, said, "All sites", allSites.allParents(), later, scale, true);
        }
        String direction = site.instrument().worse() == Direction.HIGHER ? "Lower scores are better." : "Higher scores are better.";
        return new BarChart("Average " + shortName(measure) + " score, baseline and " + later,
                String.join(" ", said) + " " + direction + " The scale runs from " + site.instrument().range().min()
                        + " to " + site.instrument().range().max() + ".", bars);
    }

    /**
     * Reliable improvement, no reliable change and reliable deterioration, as percentages of the pairs; {@code allSites}
     * null when not shown.
     *
     * @param allSitesWithheld all sites' split is left out because subtraction would give away another site's
     */
    static Optional<BarChart> reliableChange(OutcomeAnalysis site, OutcomeAnalysis allSites, boolean allSitesWithheld) {
        List<Bar> bars = new ArrayList<>();
        List<String> said = new ArrayList<>();
        split("This site", site.allParents(), false, bars, said);
        if (allSites != null) {
            split("All sites", allSites.allParents(), true, bars, said);
        } else if (allSitesWithheld) {
            said.add("All sites: the split is not shown, so that how many improved at sites whose own split is not"
                    + " shown can't be worked out from it.");
        }
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BarChart("Reliable change in " + shortName(site.instrument().name()),
                String.join(" ", said), bars));
    }

    private static void add(List<Bar> bars, List<String> said, String who, GroupOutcome outcome, String later,
                            double scale, boolean allSites) {
        if (!FIGURES.showsFigures(outcome)) {
            String why = outcome.result().n() == 0 ? "no parents with both scores" : OutcomeFigures.NOT_SHOWN;
            bars.add(new Bar(who + ": baseline", why, null, allSites));
            bars.add(new Bar(who + ": " + later, why, null, allSites));
            said.add(who + ": " + why + ".");
            return;
        }
        double before = outcome.result().baseline().mean().orElse(0);
        double after = outcome.result().later().mean().orElse(0);
        bars.add(new Bar(who + ": baseline", number(before), Bar.widthOf(before, scale), allSites));
        bars.add(new Bar(who + ": " + later, number(after), Bar.widthOf(after, scale), allSites));
        said.add(who + ": " + number(before) + " at baseline and " + number(after) + " at " + later + " ("
                + outcome.result().n() + " parents with both scores).");
    }

    private static void split(String who, GroupOutcome outcome, boolean allSites, List<Bar> bars, List<String> said) {
        Optional<PairedReliableChange> change = outcome.result().reliableChange();
        if (!FIGURES.showsFigures(outcome) || change.isEmpty()) {
            return;
        }
        PairedReliableChange c = change.get();
        if (!FIGURES.showsExactly(c.improved(), c.total()) || !FIGURES.showsExactly(c.unchanged(), c.total())
                || !FIGURES.showsExactly(c.deteriorated(), c.total())) {
            said.add(who + ": the split is not shown because part of it is fewer than 5 parents.");
            return;
        }
        bars.add(percentBar(who + ": improved", c.improvedPercent(), allSites));
        bars.add(percentBar(who + ": no reliable change", c.unchangedPercent(), allSites));
        bars.add(percentBar(who + ": deteriorated", c.deterioratedPercent(), allSites));
        said.add(who + ": " + Math.round(c.improvedPercent()) + "% improved, " + Math.round(c.unchangedPercent())
                + "% showed no reliable change and " + Math.round(c.deterioratedPercent()) + "% deteriorated.");
    }

    private static Bar percentBar(String label, double percent, boolean allSites) {
        return new Bar(label, Math.round(percent) + "%", Bar.widthOf(percent, 100), allSites);
    }

    /** "end of programme" from the comparison "Baseline to end of programme". */
    static String laterName(OutcomeAnalysis analysis) {
        String label = analysis.comparison().label();
        String prefix = "Baseline to ";
        return label.startsWith(prefix) ? label.substring(prefix.length()) : analysis.comparison().later().replace('-', ' ');
    }

    /** "EPDS" from "Edinburgh Postnatal Depression Scale (EPDS)"; the whole name when it has no short form. */
    static String shortName(String name) {
        int open = name.lastIndexOf('(');
        return open >= 0 && name.endsWith(")") ? name.substring(open + 1, name.length() - 1) : name;
    }

    private static String number(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }
}
