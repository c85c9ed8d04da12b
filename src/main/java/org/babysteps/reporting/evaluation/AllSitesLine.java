package org.babysteps.reporting.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.babysteps.outcomes.GroupDisclosure;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeFigures;
import org.babysteps.outcomes.OutcomeRow;
import org.babysteps.outcomes.PairedAudience;
import org.babysteps.outcomes.PairedSentences;
import org.babysteps.reporting.outcomes.AllSitesCounts;
import org.babysteps.reporting.outcomes.AllSitesDisclosure;

/**
 * What of the all-sites comparison a report may show beside its site. Two rules, and a figure is shown only when both
 * allow it. The report's own: all sites minus this site is the other sites, so they must be none or at least 5. And
 * {@link AllSitesDisclosure}'s: the licensor sees every site's figures of 5 or more, and a commissioner funding several
 * sites sees each of their reports, so all sites minus every site shown must not give away the small sites either;
 * nor all sites minus the other sites shown and this site's own exact counts, which its staff know from the site's
 * dashboard, small ones included.
 */
final class AllSitesLine {

    static final String SMALL_SITES_WORKED_OUT = "The comparison with all sites is not shown: some sites had fewer than 5"
            + " parents who completed both questionnaires, and their results could be worked out by taking the figures"
            + " shown for the other sites, or this site's own, away from it.";
    static final String IMPROVED_WORKED_OUT = "Reliable change across all sites is not shown: how many improved at sites"
            + " whose own figure is not shown could be worked out by taking the figures shown for the other sites away"
            + " from it.";
    static final String SPLIT_WORKED_OUT = "Across all sites, only the percentage who reliably improved is shown: how"
            + " many showed no reliable change or deteriorated at sites whose own split is not shown could be worked out"
            + " by taking the figures shown for the other sites away from it.";
    static final String CLINICAL_WORKED_OUT = "Clinically significant change across all sites is not shown: how many"
            + " started in the clinical range or recovered at sites whose own figure is not shown could be worked out by"
            + " taking the figures shown for the other sites away from it.";
    static final String WITHOUT_LATER_WORKED_OUT = "The number of parents across all sites without a later score is not"
            + " shown: the numbers at sites with fewer than 5 could be worked out by taking the other sites' numbers"
            + " away from it.";

    private static final OutcomeFigures FIGURES = OutcomeFigures.forAudience(PairedAudience.BEYOND_THE_SITE);

    private final OutcomeAnalysis allSites;
    private final String hiddenBecause;
    private final AllSitesDisclosure.Decision decision;

    private AllSitesLine(OutcomeAnalysis allSites, String hiddenBecause, AllSitesDisclosure.Decision decision) {
        this.allSites = allSites;
        this.hiddenBecause = hiddenBecause;
        this.decision = decision;
    }

    /**
     * @param site       the report's site
     * @param allSites   every site's pairs together
     * @param otherSites every other site on its own, only to decide what {@code allSites} shows
     */
    static AllSitesLine beside(OutcomeAnalysis site, OutcomeAnalysis allSites, Collection<OutcomeAnalysis> otherSites) {
        AllSitesDisclosure.Decision decision = AllSitesDisclosure.decideKnowing(AllSitesCounts.of(site.allParents()),
                otherSites.stream().map(each -> AllSitesCounts.of(each.allParents())).toList(),
                AllSitesCounts.of(allSites.allParents()));
        // the report's own rule first: its reason is the one a reader who knows only this site can check
        boolean otherSitesShown = GroupDisclosure.poolShownBeside(allSites.allParents().result().n(),
                site.allParents().result().n());
        String hidden = !otherSitesShown ? OutcomeSection.OTHER_SITES_FEW
                : decision.lineShown() ? null : SMALL_SITES_WORKED_OUT;
        return new AllSitesLine(allSites, hidden, decision);
    }

    boolean shown() {
        return hiddenBecause == null;
    }

    /** For the charts: all sites where its means may be drawn, else null. */
    OutcomeAnalysis means() {
        return shown() ? allSites : null;
    }

    /** For the charts: all sites where its three-way reliable-change split may be drawn, else null. */
    OutcomeAnalysis split() {
        return shown() && decision.splitShown() ? allSites : null;
    }

    /** Whether the split is left out because subtraction would give a site's away, so the chart says so. */
    boolean splitWithheld() {
        return shown() && !decision.splitShown();
    }

    /** The table's all-sites row, with the report's "not shown" wherever a figure would give a site away. */
    OutcomeRow row(String measure) {
        if (!shown()) {
            return FIGURES.hiddenRow(OutcomeSection.ALL_SITES, hiddenBecause);
        }
        OutcomeRow f = FIGURES.row(OutcomeSection.ALL_SITES, allSites.allParents(), measure);
        return new OutcomeRow(f.label(), f.pairs(), f.baseline(), f.later(), f.meanChange(), f.confidenceInterval(),
                f.tTestP(), f.signedRankP(), f.effectSize(), shownIf(decision.improvedShown(), f.reliablyImproved()),
                shownIf(decision.splitShown(), f.reliablyUnchanged()),
                shownIf(decision.splitShown(), f.reliablyDeteriorated()),
                shownIf(decision.clinicalShown(), f.clinicallySignificant()),
                shownIf(decision.withoutLaterShown(), f.withoutLaterScore()), f.sentence());
    }

    /** The comparison in words, or why it is not shown; and why any of its figures are not. */
    List<String> sentences(String measure) {
        if (!shown()) {
            return List.of(hiddenBecause);
        }
        List<String> sentences = new ArrayList<>(List.of("For comparison, across all sites: "
                + PairedSentences.forAudience(PairedAudience.BEYOND_THE_SITE)
                .change(allSites.allParents().result(), measure, "parents")));
        if (!decision.improvedShown()) {
            sentences.add(IMPROVED_WORKED_OUT);
        } else if (!decision.splitShown()) {
            sentences.add(SPLIT_WORKED_OUT);
        }
        if (!decision.clinicalShown()) {
            sentences.add(CLINICAL_WORKED_OUT);
        }
        if (!decision.withoutLaterShown()) {
            sentences.add(WITHOUT_LATER_WORKED_OUT);
        }
        return sentences;
    }

    private static String shownIf(boolean shown, String figure) {
        return shown ? figure : OutcomeFigures.NOT_SHOWN;
    }
}
