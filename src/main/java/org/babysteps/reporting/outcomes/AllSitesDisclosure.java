package org.babysteps.reporting.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.babysteps.outcomes.GroupDisclosure;
import org.babysteps.outcomes.OutcomeFigures;
import org.babysteps.outcomes.PairedAudience;

/**
 * Secondary suppression of an all-sites line beside sites suppressed under 5. Each site's figures are suppressed
 * under 5, but all sites minus the sites shown is what the suppressed sites have between them: one site of 3 beside
 * shown ones is given away exactly, and so are two sites of "fewer than 5" that add up to 8 (4 each).
 * <p>
 * The textbook remedy, hiding the smallest shown site as well, protects nothing here: the same readers see every
 * site's own figures (5 or more) on its outcomes dashboard and could take it away too. So the all-sites figures that
 * would give a remainder away are hidden instead, figure by figure: the line (pairs and with them means and
 * intervals), "reliably improved", the three-way reliable-change split, clinically significant change, and "without a
 * later score". A site's staff also know their own site's counts exactly, small ones included; a line shown beside
 * their site must not give the others away to them either ({@link #decideKnowing}).
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

    /** Which of the all-sites figures may be shown; {@code splitShown} implies {@code improvedShown}. */
    public record Decision(boolean lineShown, boolean improvedShown, boolean splitShown, boolean clinicalShown,
                           boolean withoutLaterShown) {

        /** Shown only where both decisions show it. */
        Decision and(Decision other) {
            return new Decision(lineShown && other.lineShown, improvedShown && other.improvedShown,
                    splitShown && other.splitShown, clinicalShown && other.clinicalShown,
                    withoutLaterShown && other.withoutLaterShown);
        }

        /**
         * Why any of the national table's figures are not shown, in words. It shows neither the split nor clinical
         * change, so has nothing to say about them; a report that does says so itself.
         */
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
     * As anyone who sees every site's figures as shown beyond it would work it out (the licensor's national table).
     *
     * @param sites    every site's line in the table
     * @param allSites the all-sites line; figures it would not show anyway (fewer than 5) count as shown here
     */
    public static Decision decide(List<AllSitesCounts> sites, AllSitesCounts allSites) {
        return decide(AllSitesCounts.NONE, sites, allSites);
    }

    /**
     * Beside one site whose staff know its counts exactly, small ones included: shown only where neither they nor
     * anyone else could work out the other sites' small figures.
     *
     * @param known      the site whose counts its readers know exactly
     * @param otherSites every other site's line as shown beyond it
     */
    public static Decision decideKnowing(AllSitesCounts known, List<AllSitesCounts> otherSites,
                                         AllSitesCounts allSites) {
        List<AllSitesCounts> everySite = new ArrayList<>(otherSites);
        everySite.add(known);
        return decide(everySite, allSites).and(decide(known, otherSites, allSites));
    }

    /** {@code known} is taken away as shown whatever its size; the sites it is not among are as shown beyond them. */
    private static Decision decide(AllSitesCounts known, List<AllSitesCounts> sites, AllSitesCounts all) {
        boolean improved = improvedShown(known, sites, all);
        return new Decision(lineShown(known, sites, all), improved, improved && splitShown(known, sites, all),
                clinicalShown(known, sites, all), withoutLaterShown(known, sites, all));
    }

    /** Sites with no pairs show "–", so the rest is shared by the sites with 1 to 4, each with at least 1. */
    private static boolean lineShown(AllSitesCounts known, List<AllSitesCounts> sites, AllSitesCounts all) {
        int shown = known.pairs() + sum(sites, AllSitesCounts::pairsShown, AllSitesCounts::pairs);
        int hidden = (int) sites.stream().filter(site -> site.pairs() > 0 && !site.pairsShown()).count();
        return !all.pairsShown() || GroupDisclosure.restShownBeside(all.pairs(), shown, hidden, 1);
    }

    /**
     * The parents whose improvement is not shown (small sites, and shown sites whose split is small) must hold
     * at least 5 who improved and 5 who did not, as a site's own percentage must.
     */
    private static boolean improvedShown(AllSitesCounts known, List<AllSitesCounts> sites, AllSitesCounts all) {
        return !all.improvedShown() || restShownAsPartOf(known, sites, all, AllSitesCounts::improvedShown,
                AllSitesCounts::improved, AllSitesCounts::judged);
    }

    /**
     * The split's three parts: a site's count as shown only when its whole split is (one small part of three can be
     * worked out from the other two), and the parents left must hold at least 5 in each part.
     */
    private static boolean splitShown(AllSitesCounts known, List<AllSitesCounts> sites, AllSitesCounts all) {
        if (!all.splitShown()) {
            return true;
        }
        Predicate<AllSitesCounts> shown = AllSitesCounts::splitShown;
        int improved = rest(known, sites, all, shown, AllSitesCounts::improved);
        int unchanged = rest(known, sites, all, shown, AllSitesCounts::unchanged);
        int deteriorated = rest(known, sites, all, shown, AllSitesCounts::deteriorated);
        return improved + unchanged + deteriorated == 0 || FIGURES.showsCount(improved)
                && FIGURES.showsCount(unchanged) && FIGURES.showsCount(deteriorated);
    }

    /** As "reliably improved": recovered of those who started in the clinical range. */
    private static boolean clinicalShown(AllSitesCounts known, List<AllSitesCounts> sites, AllSitesCounts all) {
        return !all.clinicalShown() || restShownAsPartOf(known, sites, all, AllSitesCounts::clinicalShown,
                AllSitesCounts::recovered, AllSitesCounts::clinicalAtBaseline);
    }

    /** A site's count without a later score reads "fewer than 5" from 0 to 4, so each hidden one is at least 0. */
    private static boolean withoutLaterShown(AllSitesCounts known, List<AllSitesCounts> sites, AllSitesCounts all) {
        if (!FIGURES.showsCount(all.withoutLaterScore())) {
            return true;
        }
        Predicate<AllSitesCounts> shown = site -> FIGURES.showsCount(site.withoutLaterScore());
        int hidden = (int) sites.stream().filter(shown.negate()).count();
        return GroupDisclosure.restShownBeside(all.withoutLaterScore(),
                known.withoutLaterScore() + sum(sites, shown, AllSitesCounts::withoutLaterScore), hidden, 0);
    }

    /** "part of whole" left once the sites showing it are taken away: nobody, or shown exactly (5 or more each side). */
    private static boolean restShownAsPartOf(AllSitesCounts known, List<AllSitesCounts> sites, AllSitesCounts all,
                                             Predicate<AllSitesCounts> shown, ToIntFunction<AllSitesCounts> part,
                                             ToIntFunction<AllSitesCounts> whole) {
        int wholeRest = rest(known, sites, all, shown, whole);
        return wholeRest == 0 || FIGURES.showsExactly(rest(known, sites, all, shown, part), wholeRest);
    }

    private static int rest(AllSitesCounts known, List<AllSitesCounts> sites, AllSitesCounts all,
                            Predicate<AllSitesCounts> shown, ToIntFunction<AllSitesCounts> count) {
        return count.applyAsInt(all) - count.applyAsInt(known) - sum(sites, shown, count);
    }

    private static int sum(List<AllSitesCounts> sites, Predicate<AllSitesCounts> shown,
                           ToIntFunction<AllSitesCounts> count) {
        return sites.stream().filter(shown).mapToInt(count).sum();
    }
}
