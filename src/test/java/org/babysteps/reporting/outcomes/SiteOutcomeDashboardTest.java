package org.babysteps.reporting.outcomes;

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
import org.babysteps.outcomes.PairedAudience;
import org.babysteps.outcomes.PairedCaveat;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.outcomes.PairedScore;
import org.babysteps.outcomes.ParentGroup;
import org.babysteps.outcomes.instrument.InstrumentCatalogue;
import org.junit.jupiter.api.Test;

class SiteOutcomeDashboardTest {

    private static final InstrumentDefinition EPDS = new InstrumentCatalogue(new String[] {"classpath*:instruments/*.yml"})
            .find("epds").orElseThrow();

    private static GroupOutcome outcome(ParentGroup group, int n) {
        List<PairedScore> scores = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            scores.add(new PairedScore(14 + i % 5, 9 + i % 3));
        }
        return new GroupOutcome(group, PairedAnalysis.of(scores, PairedInstrumentFacts.of(EPDS)), 2);
    }

    private static List<OutcomeAnalysis> analyses() {
        return List.of(new OutcomeAnalysis(EPDS, OutcomeComparison.TO_END_OF_PROGRAMME, LocalDate.of(2025, 7, 1),
                LocalDate.of(2026, 6, 30), List.of(outcome(ParentGroup.BIRTH_PARENTS, 8), outcome(ParentGroup.PARTNERS, 3),
                outcome(ParentGroup.ALL_PARENTS, 11)), Set.of(1)));
    }

    @Test
    void theSitesOwnLeadSeesExactSmallCounts() {
        InstrumentPanel panel = SiteOutcomeDashboard.panels(analyses(), PairedAudience.OWN_SITE).get(0);

        assertThat(panel.instrumentName()).isEqualTo(EPDS.name());
        assertThat(panel.rows()).extracting(OutcomeRow::label).containsExactly("Birth parents", "Partners", "All parents");
        assertThat(panel.rows()).extracting(OutcomeRow::pairs).containsExactly("8", "3", "11");
        assertThat(panel.rows().get(1).withoutLaterScore()).isEqualTo("2");
        assertThat(panel.sentences()).anyMatch(sentence -> sentence.contains("all 3 partners"));
    }

    @Test
    void licensorStaffSeeTheSitesSmallCountsSuppressedAndBirthParentsOnlyWithinAllParentsBesideFewPartners() {
        InstrumentPanel panel = SiteOutcomeDashboard.panels(analyses(), PairedAudience.BEYOND_THE_SITE).get(0);

        // 8 birth parents beside 11 parents would tell the 3 partners' figures by subtraction
        assertThat(panel.rows()).extracting(OutcomeRow::pairs)
                .containsExactly(OutcomeFigures.NOT_SHOWN, "fewer than 5", "11");
        assertThat(panel.rows().get(0).baseline()).isEqualTo(OutcomeFigures.NOT_SHOWN);
        assertThat(panel.sentences()).anySatisfy(sentence -> assertThat(sentence)
                .startsWith("Results for birth parents are shown only within all parents"));
        assertThat(panel.sentences()).noneMatch(sentence -> sentence.contains(" 3 partners"));
    }

    @Test
    void explainsHowTheFiguresWereWorkedOut() {
        InstrumentPanel panel = SiteOutcomeDashboard.panels(analyses(), PairedAudience.OWN_SITE).get(0);

        // EPDS is judged by its published threshold: said once for all three groups, and no caveat about a group's own spread
        assertThat(panel.notes()).containsOnlyOnce(
                "Reliable change: a change of 4 points or more (Matthey 2004), the same yardstick at every site.");
        assertThat(panel.notes()).doesNotContain(PairedCaveat.BASELINE_SD_USED.explanation());
    }
}
