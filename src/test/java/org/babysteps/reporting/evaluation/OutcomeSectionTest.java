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

    private static OutcomeAnalysis analysis(int fell, int rose) {
        return analysis(fell, rose, 0);
    }

    /** {@code fell} birth parents from 15–18 down to 8, {@code rose} from 6 up to 9–10, {@code partners} from 12 to 7. */
    private static OutcomeAnalysis analysis(int fell, int rose, int partners) {
        List<PairedScore> scores = new ArrayList<>();
        for (int i = 0; i < fell; i++) {
            scores.add(new PairedScore(15 + i % 4, 8));
        }
        for (int i = 0; i < rose; i++) {
            scores.add(new PairedScore(6, 9 + i % 2));
        }
        List<PairedScore> partnerScores = new ArrayList<>();
        for (int i = 0; i < partners; i++) {
            partnerScores.add(new PairedScore(12, 7));
        }
        List<PairedScore> all = new ArrayList<>(scores);
        all.addAll(partnerScores);
        var facts = PairedInstrumentFacts.of(EPDS);
        return new OutcomeAnalysis(EPDS, OutcomeComparison.TO_END_OF_PROGRAMME, LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 11, 30), List.of(new GroupOutcome(ParentGroup.BIRTH_PARENTS, PairedAnalysis.of(scores, facts), 0),
                new GroupOutcome(ParentGroup.PARTNERS, PairedAnalysis.of(partnerScores, facts), 0),
                new GroupOutcome(ParentGroup.ALL_PARENTS, PairedAnalysis.of(all, facts), 2)), Set.of(1));
    }

    @Test
    void aSiteWithEnoughPairsGetsItsRowsTheAllSitesRowAndMeansDrawnOnTheInstrumentsScale() {
        OutcomeSection section = OutcomeSection.of(analysis(8, 2), analysis(40, 20),
                List.of(analysis(32, 18)));

        assertThat(section.figuresShown()).isTrue();
        assertThat(section.rows()).extracting(OutcomeRow::label).containsExactly("Birth parents", "Partners",
                "All parents", "All sites, all parents");
        // all sites' reliable change is not: 40 of 60 improved, minus the other sites' 32 of 50, is this site's 8 of 10
        List<String> sentences = section.sentences();
        assertThat(sentences.subList(sentences.size() - 2, sentences.size())).satisfiesExactly(
                comparison -> assertThat(comparison).startsWith("For comparison, across all sites:"),
                why -> assertThat(why).isEqualTo(AllSitesLine.IMPROVED_WORKED_OUT));
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
        OutcomeSection section = OutcomeSection.of(analysis(3, 1), analysis(40, 20),
                // two other small sites, so all sites minus the site shown and this site's own 4 (7) tells neither
                List.of(analysis(2, 1), analysis(2, 2), analysis(33, 16)));

        assertThat(section.figuresShown()).isFalse();
        assertThat(section.charts()).isEmpty();
        assertThat(section.sentences()).hasSize(3);
        assertThat(section.sentences().get(0)).startsWith("Fewer than 5 parents");
        assertThat(section.sentences().get(1)).startsWith("For comparison, across all sites:");
        assertThat(section.sentences().get(2)).isEqualTo(AllSitesLine.IMPROVED_WORKED_OUT);
        assertThat(String.join(" ", section.sentences())).doesNotContain(" 4 ", " 3 of");
    }

    @Test
    void allSitesIsNotShownWhenTheOtherSitesHaveFewerThan5PairsSinceTheyCouldBeWorkedOut() {
        OutcomeSection section = OutcomeSection.of(analysis(8, 2), analysis(10, 3),
                List.of(analysis(2, 1)));

        assertThat(section.rows()).last().satisfies(row -> {
            assertThat(row.label()).isEqualTo("All sites, all parents");
            assertThat(row.pairs()).isEqualTo("not shown (fewer than 5)");
            assertThat(row.baseline()).isEqualTo("not shown (fewer than 5)");
        });
        assertThat(section.sentences()).last().asString().contains("fewer than 5 parents at other sites");
        assertThat(section.charts().get(0).bars()).extracting(Bar::label).noneMatch(label -> label.startsWith("All sites"));
    }

    @Test
    void birthParentsAreShownOnlyWithinAllParentsWhenPartnersAreFewerThan5() {
        OutcomeSection section = OutcomeSection.of(analysis(8, 2, 3), analysis(40, 20, 20),
                List.of(analysis(32, 18, 17)));

        OutcomeRow birthParents = section.rows().get(0);
        assertThat(birthParents.pairs()).isEqualTo("not shown (fewer than 5)");
        assertThat(birthParents.baseline()).isEqualTo("not shown (fewer than 5)");
        assertThat(section.rows().get(2).pairs()).isEqualTo("13");
        assertThat(section.sentences()).anySatisfy(sentence -> assertThat(sentence)
                .startsWith("Results for birth parents are shown only within all parents"));
    }
}
