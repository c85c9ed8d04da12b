package org.babysteps.reporting.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.babysteps.outcomes.GroupOutcome;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.OutcomeFigures;
import org.babysteps.outcomes.OutcomeRow;
import org.babysteps.outcomes.PairedAnalysis;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.outcomes.PairedScore;
import org.babysteps.outcomes.ParentGroup;
import org.babysteps.outcomes.instrument.InstrumentCatalogue;
import org.babysteps.reporting.evaluation.BarChart.Bar;
import org.junit.jupiter.api.Test;

/**
 * A report's all-sites line beside every site's own figures: a reader who knows the figures the national table shows
 * (the licensor, a commissioner funding two sites) must not work out the small sites' by taking them away from it.
 */
class OutcomeSectionDisclosureTest {

    private static final InstrumentDefinition EPDS = new InstrumentCatalogue(new String[] {"classpath*:instruments/*.yml"})
            .find("epds").orElseThrow();

    /**
     * One site's birth parents: EPDS 18 down to 8 (reliably better, and out of the clinical range: recovered), 12 to
     * 12 (no change), 6 up to 16 (worse), and 15 to 15 (no change, in the clinical range throughout).
     */
    private record Site(int improved, int unchanged, int deteriorated, int withoutLater, int stayedHigh) {

        Site(int improved, int unchanged, int deteriorated, int withoutLater) {
            this(improved, unchanged, deteriorated, withoutLater, 0);
        }

        static Site of(int pairs) {
            return new Site(pairs, 0, 0, 0);
        }

        List<PairedScore> scores() {
            List<PairedScore> scores = new ArrayList<>();
            for (int i = 0; i < improved; i++) {
                scores.add(new PairedScore(18, 8));
            }
            for (int i = 0; i < unchanged; i++) {
                scores.add(new PairedScore(12, 12));
            }
            for (int i = 0; i < deteriorated; i++) {
                scores.add(new PairedScore(6, 16));
            }
            for (int i = 0; i < stayedHigh; i++) {
                scores.add(new PairedScore(15, 15));
            }
            return scores;
        }
    }

    private static OutcomeAnalysis analysis(List<Site> sites) {
        List<PairedScore> scores = sites.stream().flatMap(site -> site.scores().stream()).toList();
        int withoutLater = sites.stream().mapToInt(Site::withoutLater).sum();
        var facts = PairedInstrumentFacts.of(EPDS);
        return new OutcomeAnalysis(EPDS, OutcomeComparison.TO_END_OF_PROGRAMME, LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 11, 30), List.of(
                new GroupOutcome(ParentGroup.BIRTH_PARENTS, PairedAnalysis.of(scores, facts), withoutLater),
                new GroupOutcome(ParentGroup.PARTNERS, PairedAnalysis.of(List.of(), facts), 0),
                new GroupOutcome(ParentGroup.ALL_PARENTS, PairedAnalysis.of(scores, facts), withoutLater)), Set.of(1));
    }

    /** The report of the first site, beside every other site's own analysis and all of them pooled. */
    private static OutcomeSection reportOfFirst(Site... sites) {
        List<OutcomeAnalysis> everySite = new ArrayList<>();
        for (Site site : sites) {
            everySite.add(analysis(List.of(site)));
        }
        return OutcomeSection.of(everySite.get(0), analysis(List.of(sites)), everySite.subList(1, everySite.size()));
    }

    private static OutcomeRow allSitesRow(OutcomeSection section) {
        return section.rows().get(section.rows().size() - 1);
    }

    @Test
    void allSitesIsHiddenWhenTakingAwayTheSitesShownLeavesASiteOf3EvenThoughTheOtherSitesHave10() {
        // the report's own site 10, another 7, a third 3: all sites 20 minus the 17 the table shows is the third's 3
        OutcomeSection section = reportOfFirst(Site.of(10), Site.of(7), Site.of(3));

        OutcomeRow allSites = allSitesRow(section);
        assertThat(allSites.label()).isEqualTo(OutcomeSection.ALL_SITES);
        assertThat(allSites.pairs()).isEqualTo(OutcomeFigures.NOT_SHOWN);
        assertThat(allSites.baseline()).isEqualTo(OutcomeFigures.NOT_SHOWN);
        assertThat(allSites.sentence()).isEqualTo(AllSitesLine.SMALL_SITES_WORKED_OUT);
        assertThat(section.sentences()).noneMatch(sentence -> sentence.startsWith("For comparison"))
                .last().isEqualTo(AllSitesLine.SMALL_SITES_WORKED_OUT);
        assertThat(section.charts()).allSatisfy(chart -> assertThat(chart.bars()).extracting(Bar::label)
                .noneMatch(label -> label.startsWith("All sites")));
        assertThat(section.charts().get(0).summary()).doesNotContain("20 parents");
    }

    @Test
    void allSitesIsShownWhenEverySiteHasAtLeast5() {
        OutcomeSection section = reportOfFirst(new Site(6, 5, 5, 5), new Site(7, 6, 5, 8), new Site(5, 5, 6, 6));

        OutcomeRow allSites = allSitesRow(section);
        assertThat(allSites.pairs()).isEqualTo("50");
        assertThat(allSites.reliablyImproved()).isEqualTo("36%");
        assertThat(allSites.withoutLaterScore()).isEqualTo("19");
        assertThat(section.sentences()).last().asString().startsWith("For comparison, across all sites:");
        assertThat(section.charts().get(0).bars()).extracting(Bar::label).contains("All sites: baseline");
        assertThat(section.charts().get(1).bars()).extracting(Bar::label).contains("All sites: improved");
    }

    @Test
    void allSitesReliableChangeIsHiddenWhenTheSitesNotShowingTheirsImprovedFewerThan5BetweenThem() {
        // a third site's 3 improved of 13 is not shown; all sites' 18 of 48 minus 5 of 15 and 10 of 20 would say 3
        OutcomeSection section = reportOfFirst(new Site(5, 5, 5, 0), new Site(10, 5, 5, 0), new Site(3, 5, 5, 0));

        OutcomeRow allSites = allSitesRow(section);
        assertThat(allSites.pairs()).isEqualTo("48");
        assertThat(allSites.reliablyImproved()).isEqualTo(OutcomeFigures.NOT_SHOWN);
        assertThat(allSites.reliablyUnchanged()).isEqualTo(OutcomeFigures.NOT_SHOWN);
        assertThat(allSites.reliablyDeteriorated()).isEqualTo(OutcomeFigures.NOT_SHOWN);
        assertThat(section.sentences()).contains(AllSitesLine.IMPROVED_WORKED_OUT);
        BarChart split = section.charts().get(1);
        assertThat(split.bars()).extracting(Bar::label).noneMatch(label -> label.startsWith("All sites"));
        assertThat(split.summary()).contains("All sites: the split is not shown");
    }

    @Test
    void allSitesWithoutALaterScoreIsHiddenWhenItWouldTellThe3AwaitingAtThisSite() {
        OutcomeSection section = reportOfFirst(new Site(10, 0, 0, 3), new Site(20, 0, 0, 10));

        OutcomeRow allSites = allSitesRow(section);
        assertThat(allSites.pairs()).isEqualTo("30");
        assertThat(allSites.withoutLaterScore()).isEqualTo(OutcomeFigures.NOT_SHOWN);
        assertThat(section.sentences()).contains(AllSitesLine.WITHOUT_LATER_WORKED_OUT);
    }

    @Test
    void theOtherSitesHavingFewerThan5StillHidesAllSitesWithTheReportsOwnReason() {
        OutcomeSection section = reportOfFirst(Site.of(10), Site.of(3));

        assertThat(allSitesRow(section).pairs()).isEqualTo(OutcomeFigures.NOT_SHOWN);
        assertThat(section.sentences()).last().isEqualTo(OutcomeSection.OTHER_SITES_FEW);
    }

    @Test
    void allSitesClinicalChangeIsHiddenWhenTakingAwayTheSitesShownLeaves3InTheClinicalRangeAnd1Recovered() {
        // this site 5 recovered of 10; another's 1 of 3 is not shown, but all sites' 6 of 13 minus 5 of 10 would say it
        OutcomeSection section = reportOfFirst(new Site(5, 5, 5, 0, 5), new Site(1, 5, 5, 0, 2));

        assertThat(section.rows().get(2).clinicallySignificant()).isEqualTo("5 of 10 (50%)");
        OutcomeRow allSites = allSitesRow(section);
        assertThat(allSites.pairs()).isEqualTo("33");
        assertThat(allSites.clinicallySignificant()).isEqualTo(OutcomeFigures.NOT_SHOWN);
        assertThat(section.sentences()).contains(AllSitesLine.CLINICAL_WORKED_OUT);
    }

    @Test
    void allSitesClinicalChangeIsShownWhenTheSitesNotShowingTheirsHaveAtLeast5RecoveredAnd5Not() {
        // two other sites' 3 of 6 are not shown; together they are 6 recovered of 12
        OutcomeSection section = reportOfFirst(new Site(5, 5, 5, 0, 5), new Site(3, 5, 5, 0, 3),
                new Site(3, 5, 5, 0, 3));

        assertThat(allSitesRow(section).clinicallySignificant()).isEqualTo("11 of 22 (50%)");
        assertThat(section.sentences()).doesNotContain(AllSitesLine.CLINICAL_WORKED_OUT);
    }

    @Test
    void allSitesShowsOnlyImprovedWhenAnotherSitesDeterioratedIs3EvenThoughItsImprovedIsShown() {
        // this site 10/5/5, the other 10/7/3: all sites' 20% deteriorated of 40 is 8, minus this site's 5 is 3
        OutcomeSection section = reportOfFirst(new Site(10, 5, 5, 0), new Site(10, 7, 3, 0));

        OutcomeRow allSites = allSitesRow(section);
        assertThat(allSites.pairs()).isEqualTo("40");
        assertThat(allSites.reliablyImproved()).isEqualTo("50%");
        assertThat(allSites.reliablyUnchanged()).isEqualTo(OutcomeFigures.NOT_SHOWN);
        assertThat(allSites.reliablyDeteriorated()).isEqualTo(OutcomeFigures.NOT_SHOWN);
        assertThat(section.sentences()).contains(AllSitesLine.SPLIT_WORKED_OUT)
                .doesNotContain(AllSitesLine.IMPROVED_WORKED_OUT);
        BarChart split = section.charts().get(1);
        assertThat(split.bars()).extracting(Bar::label).noneMatch(label -> label.startsWith("All sites"));
        assertThat(split.summary()).contains("All sites: the split is not shown");
    }

    @Test
    void allSitesShowsItsWholeSplitWhenEveryPartOfWhatTheOtherSitesHideIsAtLeast5() {
        // the second and third sites' splits are not shown (3 deteriorated each); together 10/12/6 (all sites 20/17/11 of 48)
        OutcomeSection section = reportOfFirst(new Site(10, 5, 5, 0), new Site(5, 6, 3, 0), new Site(5, 6, 3, 0));

        OutcomeRow allSites = allSitesRow(section);
        assertThat(allSites.reliablyDeteriorated()).isEqualTo("23%");
        assertThat(section.charts().get(1).bars()).extracting(Bar::label).contains("All sites: deteriorated");
    }

    @Test
    void allSitesIsHiddenWhenThisSitesOwnExactCountOf3LetsItsStaffWorkOutAnotherSitesOf2() {
        // anyone else sees 5 between two sites of fewer than 5; this site's lead knows its own 3: 25 - 20 - 3 = 2
        OutcomeSection section = reportOfFirst(Site.of(3), Site.of(2), Site.of(10), Site.of(10));

        OutcomeRow allSites = allSitesRow(section);
        assertThat(allSites.pairs()).isEqualTo(OutcomeFigures.NOT_SHOWN);
        assertThat(section.sentences()).last().isEqualTo(AllSitesLine.SMALL_SITES_WORKED_OUT);
    }
}
