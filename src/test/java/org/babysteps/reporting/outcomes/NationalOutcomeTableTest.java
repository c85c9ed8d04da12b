package org.babysteps.reporting.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.babysteps.outcomes.GroupOutcome;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.PairedAnalysis;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.outcomes.PairedScore;
import org.babysteps.outcomes.ParentGroup;
import org.babysteps.outcomes.instrument.InstrumentCatalogue;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.Test;

class NationalOutcomeTableTest {

    private static final InstrumentDefinition EPDS = new InstrumentCatalogue(new String[] {"classpath*:instruments/*.yml"})
            .find("epds").orElseThrow();
    private final SiteId north = new SiteId(UUID.randomUUID());
    private final SiteId south = new SiteId(UUID.randomUUID());
    private final SiteId east = new SiteId(UUID.randomUUID());
    private final SiteId west = new SiteId(UUID.randomUUID());
    private final Map<SiteId, String> names = Map.of(north, "North", south, "South", east, "East", west, "West");

    /** n parents whose EPDS fell by {@code fall} points each, one in three not at all. */
    private static OutcomeAnalysis analysis(int n, int fall) {
        List<PairedScore> scores = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            scores.add(new PairedScore(16 + i % 2, i % 3 == 0 ? 16 + i % 2 : 16 - fall));
        }
        var result = PairedAnalysis.of(scores, PairedInstrumentFacts.of(EPDS));
        return new OutcomeAnalysis(EPDS, OutcomeComparison.TO_END_OF_PROGRAMME, null, LocalDate.of(2026, 6, 30),
                List.of(new GroupOutcome(ParentGroup.ALL_PARENTS, result, 0)), Set.of(1));
    }

    private Map<SiteId, OutcomeAnalysis> sites() {
        return Map.of(north, analysis(12, 8), south, analysis(20, 2), east, analysis(4, 9), west, analysis(3, 1));
    }

    @Test
    void sortsByNameByDefault() {
        assertThat(NationalOutcomeTable.rows(sites(), names, null)).extracting(NationalOutcomeRow::siteName)
                .containsExactly("East", "North", "South", "West");
    }

    @Test
    void sortsShownSitesByTheirFiguresAndSuppressedOnesByNameBelow() {
        assertThat(NationalOutcomeTable.rows(sites(), names, "pairs")).extracting(NationalOutcomeRow::siteName)
                .containsExactly("South", "North", "East", "West");
        assertThat(NationalOutcomeTable.rows(sites(), names, "change")).extracting(NationalOutcomeRow::siteName)
                .containsExactly("North", "South", "East", "West");
    }

    @Test
    void suppressedSitesSortByNameWhateverTheirHiddenValuesInEverySort() {
        // Aston has 1 pair and Zed 4; Aston's fall is the smaller, Zed's the larger: names alone must decide
        SiteId aston = new SiteId(UUID.randomUUID());
        SiteId zed = new SiteId(UUID.randomUUID());
        Map<SiteId, OutcomeAnalysis> sites = Map.of(zed, analysis(4, 9), aston, analysis(1, 1), north, analysis(12, 8));
        Map<SiteId, String> siteNames = Map.of(zed, "Zed", aston, "Aston", north, "North");

        for (String sort : NationalOutcomeTable.SORTS) {
            assertThat(NationalOutcomeTable.rows(sites, siteNames, sort)).as(sort).extracting(NationalOutcomeRow::siteName)
                    .containsSubsequence("Aston", "Zed");
        }
        assertThat(NationalOutcomeTable.rows(sites, siteNames, "pairs")).extracting(NationalOutcomeRow::siteName)
                .containsExactly("North", "Aston", "Zed");
    }

    @Test
    void allSitesIsHiddenAfterTheSitesWhenOneSmallSiteWouldBeGivenAwayAndTheBigSitesStayShown() {
        Map<SiteId, OutcomeAnalysis> sites = Map.of(north, analysis(12, 8), south, analysis(20, 2), west, analysis(3, 1));

        NationalOutcomesCsv.InstrumentTable table = NationalOutcomeTable.table(EPDS.name(),
                NationalOutcomeTable.rows(sites, names, "pairs"), sites.values(), analysis(35, 4));

        assertThat(table.rows()).extracting(NationalOutcomeRow::siteName).containsExactly("South", "North", "West",
                "All sites");
        assertThat(table.rows()).extracting(row -> row.figures().pairs())
                .containsExactly("20", "12", "fewer than 5", "not shown (fewer than 5)");
        assertThat(table.rows().get(3).figures().meanChange()).isEqualTo("not shown (fewer than 5)");
        assertThat(table.notes()).first().asString().contains("can't be worked out by subtraction");
        assertThat(table.notes()).last().asString().startsWith("Reliable change:").contains("same yardstick at every site");
        assertThat(NationalOutcomesCsv.write(List.of(table))).contains("All sites,not shown (fewer than 5),")
                .contains("can't be worked out by subtraction").doesNotContain(",35,");
    }

    @Test
    void allSitesIsShownWhenTheSmallSitesTogetherCouldBeSplitManyWays() {
        Map<SiteId, OutcomeAnalysis> sites = Map.of(north, analysis(12, 8), east, analysis(4, 9), west, analysis(3, 1));

        NationalOutcomesCsv.InstrumentTable table = NationalOutcomeTable.table(EPDS.name(),
                NationalOutcomeTable.rows(sites, names, "site"), sites.values(), analysis(19, 6));

        assertThat(table.rows().get(3).shown()).isTrue();
        assertThat(table.rows().get(3).figures().pairs()).isEqualTo("19");
    }

    @Test
    void showsFewerThanFiveForASiteWithFewPairs() {
        NationalOutcomeRow east = NationalOutcomeTable.rows(sites(), names, "site").get(0);

        assertThat(east.shown()).isFalse();
        assertThat(east.figures().pairs()).isEqualTo("fewer than 5");
        assertThat(east.figures().meanChange()).isEqualTo("not shown (fewer than 5)");
    }

    @Test
    void writesTheShownFiguresAsCsvWithFormulaSafeText() {
        List<NationalOutcomeRow> rows = NationalOutcomeTable.rows(Map.of(north, analysis(12, 8), east, analysis(4, 9)),
                Map.of(north, "=HYPERLINK(\"x\")", east, "East"), "site");

        String csv = NationalOutcomesCsv.write(List.of(new NationalOutcomesCsv.InstrumentTable(EPDS.name(), rows,
                List.of())));

        assertThat(csv).contains("'=HYPERLINK").contains(",12,-5.7,").contains("East,fewer than 5,")
                .doesNotContain(",4,");
    }

    /** EPDS 18 to 8 (reliably better), 12 to 12 (no change), 6 to 16 (worse). */
    private static OutcomeAnalysis split(int improved, int unchanged, int deteriorated) {
        List<PairedScore> scores = new ArrayList<>();
        scores.addAll(Collections.nCopies(improved, new PairedScore(18, 8)));
        scores.addAll(Collections.nCopies(unchanged, new PairedScore(12, 12)));
        scores.addAll(Collections.nCopies(deteriorated, new PairedScore(6, 16)));
        var result = PairedAnalysis.of(scores, PairedInstrumentFacts.of(EPDS));
        return new OutcomeAnalysis(EPDS, OutcomeComparison.TO_END_OF_PROGRAMME, null, LocalDate.of(2026, 6, 30),
                List.of(new GroupOutcome(ParentGroup.ALL_PARENTS, result, 0)), Set.of(1));
    }

    @Test
    void allSitesRowKeepsImprovedButHidesTheRestOfTheSplitWhenASitesDeterioratedOf3WouldBeGivenAway() {
        Map<SiteId, OutcomeAnalysis> sites = Map.of(north, split(10, 5, 5), south, split(10, 7, 3));

        NationalOutcomeRow allSites = NationalOutcomeTable.table(EPDS.name(),
                NationalOutcomeTable.rows(sites, names, "site"), sites.values(), split(20, 12, 8)).rows().get(2);

        assertThat(allSites.figures().reliablyImproved()).isEqualTo("50%");
        assertThat(allSites.improvedPercent()).isEqualTo(50.0);
        assertThat(allSites.figures().reliablyUnchanged()).isEqualTo("not shown (fewer than 5)");
        assertThat(allSites.figures().reliablyDeteriorated()).isEqualTo("not shown (fewer than 5)");
    }
}
