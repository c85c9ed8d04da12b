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
import org.babysteps.outcomes.OutcomeRow;
import org.babysteps.outcomes.PairedAnalysis;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.outcomes.PairedScore;
import org.babysteps.outcomes.ParentGroup;
import org.babysteps.outcomes.instrument.InstrumentCatalogue;
import org.babysteps.reporting.evaluation.BarChart.Bar;
import org.junit.jupiter.api.Test;

/** One instrument in a report: the site against all sites, as shown beyond the site. */
class OutcomeSectionTest {

    private static final InstrumentDefinition EPDS = new InstrumentCatalogue(new String[] {"classpath*:instruments/*.yml"})
            .find("epds").orElseThrow();

    /** {@code fell} parents from 15–18 down to 8, {@code rose} from 6 up to 9–10. */
    private static OutcomeAnalysis analysis(int fell, int rose) {
        List<PairedScore> scores = new ArrayList<>();
        for (int i = 0; i < fell; i++) {
            scores.add(new PairedScore(15 + i % 4, 8));
        }
        for (int i = 0; i < rose; i++) {
            scores.add(new PairedScore(6, 9 + i % 2));
        }
        var result = PairedAnalysis.of(scores, PairedInstrumentFacts.of(EPDS));
        var empty = PairedAnalysis.of(List.of(), PairedInstrumentFacts.of(EPDS));
        return new OutcomeAnalysis(EPDS, OutcomeComparison.TO_END_OF_PROGRAMME, LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 11, 30), List.of(new GroupOutcome(ParentGroup.BIRTH_PARENTS, result, 0),
                new GroupOutcome(ParentGroup.PARTNERS, empty, 0), new GroupOutcome(ParentGroup.ALL_PARENTS, result, 2)),
                Set.of(1));
    }

    @Test
    void aSiteWithEnoughPairsGetsItsRowsTheAllSitesRowAndMeansDrawnOnTheInstrumentsScale() {
        OutcomeSection section = OutcomeSection.of(analysis(8, 2), analysis(40, 20));

        assertThat(section.figuresShown()).isTrue();
        assertThat(section.rows()).extracting(OutcomeRow::label).containsExactly("Birth parents", "Partners",
                "All parents", "All sites, all parents");
        assertThat(section.sentences()).last().asString().startsWith("For comparison, across all sites:");
        BarChart means = section.charts().get(0);
        assertThat(means.bars()).extracting(Bar::label).containsExactly("This site: baseline",
                "This site: end of programme", "All sites: baseline", "All sites: end of programme");
        // 8 parents at 15–18 and 2 at 6: mean 14.4 of EPDS's 30
        assertThat(means.bars().get(0).value()).isEqualTo("14.4");
        assertThat(means.bars().get(0).width()).isEqualTo(48);
        assertThat(means.bars().get(2).allSites()).isTrue();
        assertThat(means.summary()).contains("Lower scores are better.").contains("10 parents with both scores");
    }

    @Test
    void fewerThan5PairsAtTheSiteLeavesOneSentenceAndNoTableOrChartButKeepsAllSites() {
        OutcomeSection section = OutcomeSection.of(analysis(3, 1), analysis(40, 20));

        assertThat(section.figuresShown()).isFalse();
        assertThat(section.charts()).isEmpty();
        assertThat(section.sentences()).hasSize(2);
        assertThat(section.sentences().get(0)).startsWith("Fewer than 5 parents");
        assertThat(String.join(" ", section.sentences())).doesNotContain(" 4 ", " 3 of");
    }
}
