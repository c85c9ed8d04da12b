package org.babysteps.reporting.outcomes;

import java.util.ArrayList;
import java.util.List;
import org.babysteps.outcomes.GroupDisclosure;
import org.babysteps.outcomes.GroupOutcome;
import org.babysteps.outcomes.OutcomeFigures;
import org.babysteps.outcomes.PairedAudience;
import org.babysteps.outcomes.PairedReliableChange;

/**
 * Secondary suppression of the all-sites line of the licensor's table. Each site's figures are suppressed under 5,
 * but all sites minus the sites shown is what the suppressed sites have between them: one site of 3 beside shown
 * ones is given away exactly, and so are two sites of "fewer than 5" that add up to 8 (4 each).
 * <p>
 * The textbook remedy, hiding the smallest shown site as well, protects nothing here: the same readers see every
 * site's own figures (5 or more) on its outcomes dashboard and could take it away too. So, as the evaluation report
 * does with its all-sites line, the all-sites figures that would give a remainder away are hidden instead, column by
 * column: the line (pairs and with them means and intervals), "reliably improved", and "without a later score".
 */
public final class AllSitesDisclosure {

    static final String LINE_HIDDEN = "All sites together is not shown, so that the figures of sites with fewer than 5"
            + " parents with both scores can't be worked out by subtraction (all sites minus the sites shown).";
    static final String IMPROVED_HIDDEN = "All sites' \"reliably improved\" is not shown, so that how many improved at"
            + " the sites whose figure is not shown can't be worked out by subtraction.";
    static final String WITHOUT_LATER_HIDDEN = "All sites' number of parents without a later score (in the download) is"
            + " not shown, so that the numbers at sites with fewer than 5 can't be worked out by subtraction.";

    private static final OutcomeFigures FIGURES = OutcomeFigures.forAudience(PairedAudience.BEYOND_THE_SITE);

    private AllSitesDisclosure() {
    }

    /**
     * One line's raw counts.
     *
     * @param judged parents whose reliable change was judged (0 when the instrument has no reliability to judge by)
     */
    public record Counts(int pairs, int improved, int judged, int withoutLaterScore) {

        public static Counts of(GroupOutcome outcome) {
            var change = outcome.result().reliableChange();
            return new Counts(outcome.result().n(), change.map(PairedReliableChange::improved).orElse(0),
                    change.map(PairedReliableChange::total).orElse(0), outcome.withoutLaterScore());
        }

        boolean pairsShown() {
            return FIGURES.showsCount(pairs);
        }

        boolean improvedShown() {
            return pairsShown() && judged > 0 && FIGURES.showsExactly(improved, judged);
        }
    }

    /** Which of the all-sites figures may be shown, and why any are not, in words. */
    public record Decision(boolean lineShown, boolean improvedShown, boolean withoutLaterShown) {

        public List<String> reasons() {
            List<String> reasons = new ArrayList<>();
            if (!lineShown) {
                reasons.add(LINE_HIDDEN);
                return reasons;
            }
            if (!improvedShown) {
                reasons.add(IMPROVED_HIDDEN);
            }
            if (!withoutLaterShown) {
                reasons.add(WITHOUT_LATER_HIDDEN);
            }
            return reasons;
        }
    }

    /**
     * @param sites    every site's line in the table
     * @param allSites the all-sites line; figures it would not show anyway (fewer than 5) count as shown here
     */
    public static Decision decide(List<Counts> sites, Counts allSites) {
        return new Decision(lineShown(sites, allSites), improvedShown(sites, allSites),
                withoutLaterShown(sites, allSites));
    }

    /** Sites with no pairs show "–", so the rest is shared by the sites with 1 to 4, each with at least 1. */
    private static boolean lineShown(List<Counts> sites, Counts all) {
        int shown = sites.stream().filter(Counts::pairsShown).mapToInt(Counts::pairs).sum();
        int hidden = (int) sites.stream().filter(site -> site.pairs() > 0 && !site.pairsShown()).count();
        return !all.pairsShown() || GroupDisclosure.restShownBeside(all.pairs(), shown, hidden, 1);
    }

    /**
     * The parents whose improvement is not shown (small sites, and shown sites whose split is small) must hold
     * at least 5 who improved and 5 who did not, as a site's own percentage must.
     */
    private static boolean improvedShown(List<Counts> sites, Counts all) {
        if (!all.improvedShown()) {
            return true;
        }
        int judgedRest = all.judged() - sites.stream().filter(Counts::improvedShown).mapToInt(Counts::judged).sum();
        int improvedRest = all.improved() - sites.stream().filter(Counts::improvedShown).mapToInt(Counts::improved).sum();
        return judgedRest == 0 || FIGURES.showsExactly(improvedRest, judgedRest);
    }

    /** A site's count without a later score reads "fewer than 5" from 0 to 4, so each hidden one is at least 0. */
    private static boolean withoutLaterShown(List<Counts> sites, Counts all) {
        if (!FIGURES.showsCount(all.withoutLaterScore())) {
            return true;
        }
        int shown = sites.stream().filter(site -> FIGURES.showsCount(site.withoutLaterScore()))
                .mapToInt(Counts::withoutLaterScore).sum();
        int hidden = (int) sites.stream().filter(site -> !FIGURES.showsCount(site.withoutLaterScore())).count();
        return GroupDisclosure.restShownBeside(all.withoutLaterScore(), shown, hidden, 0);
    }
}
