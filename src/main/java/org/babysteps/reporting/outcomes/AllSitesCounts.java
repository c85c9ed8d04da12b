package org.babysteps.reporting.outcomes;

import org.babysteps.outcomes.GroupOutcome;
import org.babysteps.outcomes.OutcomeFigures;
import org.babysteps.outcomes.PairedAudience;
import org.babysteps.outcomes.PairedClinicalChange;
import org.babysteps.outcomes.PairedReliableChange;

/**
 * One line's raw counts, and which of them the line shows beyond its site (the rules of {@link OutcomeFigures}), for
 * {@link AllSitesDisclosure}.
 *
 * @param improved           reliably improved; with {@code unchanged} and {@code deteriorated} all 0 when the
 *                           instrument has no reliability to judge by
 * @param clinicalAtBaseline started in the clinical range (0 when the instrument has none)
 * @param recovered          of those, improved reliably and ended outside it
 */
public record AllSitesCounts(int pairs, int improved, int unchanged, int deteriorated, int clinicalAtBaseline,
                             int recovered, int withoutLaterScore) {

    /** Nothing: no site known beyond the figures shown. */
    static final AllSitesCounts NONE = new AllSitesCounts(0, 0, 0, 0, 0, 0, 0);

    private static final OutcomeFigures FIGURES = OutcomeFigures.forAudience(PairedAudience.BEYOND_THE_SITE);

    public static AllSitesCounts of(GroupOutcome outcome) {
        var result = outcome.result();
        var change = result.reliableChange();
        var clinical = result.clinicalChange();
        return new AllSitesCounts(result.n(), change.map(PairedReliableChange::improved).orElse(0),
                change.map(PairedReliableChange::unchanged).orElse(0),
                change.map(PairedReliableChange::deteriorated).orElse(0),
                clinical.map(PairedClinicalChange::clinicalAtBaseline).orElse(0),
                clinical.map(PairedClinicalChange::recovered).orElse(0), outcome.withoutLaterScore());
    }

    /** Parents whose reliable change was judged. */
    public int judged() {
        return improved + unchanged + deteriorated;
    }

    boolean pairsShown() {
        return FIGURES.showsCount(pairs);
    }

    boolean improvedShown() {
        return pairsShown() && judged() > 0 && FIGURES.showsExactly(improved, judged());
    }

    /** All three parts, which a line shows only when none is under 5. */
    boolean splitShown() {
        return pairsShown() && judged() > 0 && FIGURES.showsCount(improved) && FIGURES.showsCount(unchanged)
                && FIGURES.showsCount(deteriorated);
    }

    /** "nobody started in the clinical range" is shown too, and exactly: none of none. */
    boolean clinicalShown() {
        return pairsShown() && (clinicalAtBaseline == 0 || FIGURES.showsExactly(recovered, clinicalAtBaseline));
    }
}
