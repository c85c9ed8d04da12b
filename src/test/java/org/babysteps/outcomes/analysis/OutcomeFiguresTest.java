package org.babysteps.outcomes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.babysteps.outcomes.GroupOutcome;
import org.babysteps.outcomes.OutcomeFigures;
import org.babysteps.outcomes.OutcomeRow;
import org.babysteps.outcomes.PairedAnalysis;
import org.babysteps.outcomes.PairedAudience;
import org.babysteps.outcomes.PairedCutOff;
import org.babysteps.outcomes.Direction;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.outcomes.PairedScore;
import org.babysteps.outcomes.ParentGroup;
import org.junit.jupiter.api.Test;

class OutcomeFiguresTest {

    /** EPDS-like: worse higher, clinical at 13 or more; SD 4 and alpha 0.875 make 1.96 x 2 = 3.92 the reliable change. */
    private static final PairedInstrumentFacts FACTS = new PairedInstrumentFacts(0.875, 4.0,
            Direction.HIGHER, new PairedCutOff(13, PairedCutOff.ClinicalSide.AT_OR_ABOVE));

    private static GroupOutcome outcome(int improved, int unchanged, int deteriorated, int withoutLater) {
        List<PairedScore> scores = new ArrayList<>();
        for (int i = 0; i < improved; i++) {
            scores.add(new PairedScore(16 + i % 3, 8));
        }
        for (int i = 0; i < unchanged; i++) {
            scores.add(new PairedScore(10, 10 + i % 2));
        }
        for (int i = 0; i < deteriorated; i++) {
            scores.add(new PairedScore(6, 12 + i % 2));
        }
        return new GroupOutcome(ParentGroup.BIRTH_PARENTS, PairedAnalysis.of(scores, FACTS), withoutLater);
    }

    @Test
    void showsTheSiteItsOwnSmallCounts() {
        OutcomeRow row = OutcomeFigures.forAudience(PairedAudience.OWN_SITE).row("Birth parents", outcome(2, 1, 1, 3), "EPDS");

        assertThat(row.pairs()).isEqualTo("4");
        assertThat(row.reliablyImproved()).isEqualTo("50%");
        assertThat(row.reliablyDeteriorated()).isEqualTo("25%");
        assertThat(row.withoutLaterScore()).isEqualTo("3");
        assertThat(row.baseline()).isEqualTo("12.3 (5.2)");
    }

    @Test
    void showsNoFiguresBeyondTheSiteForFewerThanFivePairs() {
        OutcomeRow row = OutcomeFigures.forAudience(PairedAudience.BEYOND_THE_SITE).row("North", outcome(2, 1, 1, 3), "EPDS");

        assertThat(row.pairs()).isEqualTo("fewer than 5");
        assertThat(List.of(row.baseline(), row.later(), row.meanChange(), row.confidenceInterval(), row.tTestP(),
                row.signedRankP(), row.effectSize(), row.reliablyImproved(), row.clinicallySignificant()))
                .containsOnly(OutcomeFigures.NOT_SHOWN);
        assertThat(row.withoutLaterScore()).isEqualTo("fewer than 5");
        assertThat(row.sentence()).startsWith("Fewer than 5 birth parents");
    }

    @Test
    void beyondTheSiteHidesTheReliableChangeSplitWhenOnePartIsSmall() {
        OutcomeRow row = OutcomeFigures.forAudience(PairedAudience.BEYOND_THE_SITE).row("North", outcome(6, 5, 2, 0), "EPDS");

        assertThat(row.pairs()).isEqualTo("13");
        assertThat(row.reliablyImproved()).isEqualTo("46%");
        assertThat(row.reliablyUnchanged()).isEqualTo(OutcomeFigures.NOT_SHOWN);
        assertThat(row.reliablyDeteriorated()).isEqualTo(OutcomeFigures.NOT_SHOWN);
    }

    @Test
    void beyondTheSiteShowsTheWholeSplitWhenNoPartIsSmall() {
        OutcomeRow row = OutcomeFigures.forAudience(PairedAudience.BEYOND_THE_SITE).row("North", outcome(6, 5, 5, 0), "EPDS");

        assertThat(row.reliablyImproved()).isEqualTo("38%");
        assertThat(row.reliablyUnchanged()).isEqualTo("31%");
        assertThat(row.reliablyDeteriorated()).isEqualTo("31%");
        // all 6 who started in the clinical range recovered: "all" tells each one's outcome, like "none" would
        assertThat(row.clinicallySignificant()).isEqualTo(OutcomeFigures.NOT_SHOWN);
    }

    @Test
    void beyondTheSiteShowsClinicallySignificantChangeWhenNeitherRecoveredNorTheRestIsSmall() {
        List<PairedScore> scores = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            scores.add(new PairedScore(17, 8));
            scores.add(new PairedScore(15, 15 - i % 2));
        }
        GroupOutcome outcome = new GroupOutcome(ParentGroup.BIRTH_PARENTS, PairedAnalysis.of(scores, FACTS), 0);

        OutcomeRow row = OutcomeFigures.forAudience(PairedAudience.BEYOND_THE_SITE).row("North", outcome, "EPDS");

        assertThat(row.clinicallySignificant()).isEqualTo("6 of 12 (50%)");
    }

    @Test
    void beyondTheSiteHidesClinicallySignificantChangeWhenFewerThanFiveStartedInTheClinicalRange() {
        OutcomeRow row = OutcomeFigures.forAudience(PairedAudience.BEYOND_THE_SITE).row("North", outcome(4, 6, 5, 0), "EPDS");

        assertThat(row.clinicallySignificant()).isEqualTo(OutcomeFigures.NOT_SHOWN);
        assertThat(row.reliablyImproved()).isEqualTo(OutcomeFigures.NOT_SHOWN);
    }

    @Test
    void formatsTheStatistics() {
        OutcomeRow row = OutcomeFigures.forAudience(PairedAudience.OWN_SITE).row("Birth parents", outcome(6, 5, 5, 0), "EPDS");

        assertThat(row.meanChange()).matches("-?\\d+\\.\\d");
        assertThat(row.confidenceInterval()).matches("-?\\d+\\.\\d to -?\\d+\\.\\d");
        assertThat(row.tTestP()).matches("< 0\\.001|0\\.\\d{3}|1\\.000");
        assertThat(row.effectSize()).matches("-?\\d+\\.\\d{2}");
    }
}
