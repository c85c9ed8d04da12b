package org.babysteps.reporting.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.babysteps.outcomes.GroupOutcome;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.PairedAnalysis;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.outcomes.PairedScore;
import org.babysteps.outcomes.ParentGroup;
import org.babysteps.outcomes.instrument.InstrumentCatalogue;
import org.babysteps.reporting.EvidencePack.Figure;
import org.babysteps.reporting.EvidencePack.Section;
import org.babysteps.reporting.ReportingPeriod;
import org.junit.jupiter.api.Test;

class OutcomesEvidenceTest {

    private static final InstrumentDefinition EPDS = new InstrumentCatalogue(new String[] {"classpath*:instruments/*.yml"})
            .find("epds").orElseThrow();
    private static final ReportingPeriod PERIOD = new ReportingPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30));

    private static GroupOutcome outcome(ParentGroup group, int fell, int rose) {
        List<PairedScore> scores = new ArrayList<>();
        for (int i = 0; i < fell; i++) {
            scores.add(new PairedScore(15 + i % 4, 8));
        }
        for (int i = 0; i < rose; i++) {
            scores.add(new PairedScore(6, 9 + i % 2));
        }
        return new GroupOutcome(group, PairedAnalysis.of(scores, PairedInstrumentFacts.of(EPDS)), 0);
    }

    private static OutcomeAnalysis analysis(GroupOutcome mothers, GroupOutcome partners, GroupOutcome all) {
        return new OutcomeAnalysis(EPDS, OutcomeComparison.TO_END_OF_PROGRAMME, PERIOD.from(), PERIOD.to(),
                List.of(mothers, partners, all), Set.of(1));
    }

    @Test
    void saysOutcomesWillComeWhenNobodyCompletedBothQuestionnaires() {
        Section section = OutcomesEvidence.of(List.of(analysis(outcome(ParentGroup.BIRTH_PARENTS, 0, 0),
                outcome(ParentGroup.PARTNERS, 0, 0), outcome(ParentGroup.ALL_PARENTS, 0, 0))), PERIOD);

        assertThat(section.summary()).isEqualTo(OutcomesEvidence.NOTHING_YET);
        assertThat(section.figures()).isEmpty();
    }

    @Test
    void givesEachGroupOfParentsItsSentenceWithSmallCountsSuppressedAndTheOtherGroupOnlyWithinAllParents() {
        Section section = OutcomesEvidence.of(List.of(analysis(outcome(ParentGroup.BIRTH_PARENTS, 7, 3),
                outcome(ParentGroup.PARTNERS, 2, 1), outcome(ParentGroup.ALL_PARENTS, 9, 4))), PERIOD);

        assertThat(section.summary()).contains("baseline to end of programme").contains("1 July 2025 to 30 June 2026");
        assertThat(section.figures()).extracting(Figure::label).containsExactly(
                EPDS.name() + ": birth parents", EPDS.name() + ": partners", EPDS.name() + ": parents");
        // 10 birth parents beside 13 parents would tell the 3 partners' results
        assertThat(section.figures().get(0).value())
                .isEqualTo("Results for birth parents are shown only within all parents, because there are fewer than 5"
                        + " partners and theirs could otherwise be worked out.");
        assertThat(section.figures().get(1).value()).isEqualTo("Fewer than 5 partners completed both " + EPDS.name()
                + " questionnaires, so the results are not shown.");
        assertThat(section.figures().get(2).value()).contains("fell for more than 8 of 13 parents").doesNotContain("for 9 of 13");
    }
}
