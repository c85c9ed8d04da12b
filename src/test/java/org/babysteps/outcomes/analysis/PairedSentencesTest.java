package org.babysteps.outcomes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.babysteps.outcomes.PairedAnalysis;
import org.babysteps.outcomes.PairedAudience;
import org.babysteps.outcomes.PairedCutOff;
import org.babysteps.outcomes.PairedCutOff.ClinicalSide;
import org.babysteps.outcomes.Direction;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.outcomes.PairedResult;
import org.babysteps.outcomes.PairedScore;
import org.babysteps.outcomes.PairedSentences;
import org.junit.jupiter.api.Test;

class PairedSentencesTest {

    // SE_diff = 5 × √2 × √0.08 = 2.0: a change must exceed 3.92 points to be reliable
    private static final PairedInstrumentFacts GAD7 = new PairedInstrumentFacts(0.92, 5.0, Direction.HIGHER,
            new PairedCutOff(10, ClinicalSide.AT_OR_ABOVE));
    private static final PairedInstrumentFacts CSI4 = new PairedInstrumentFacts(0.875, 4.0, Direction.LOWER,
            new PairedCutOff(13.5, ClinicalSide.BELOW));
    private static final PairedSentences SITE = PairedSentences.forAudience(PairedAudience.OWN_SITE);
    private static final PairedSentences BEYOND = PairedSentences.forAudience(PairedAudience.BEYOND_THE_SITE);

    @Test
    void tenMothersOfWhomSevenFellReadsAsSevenInTen() {
        PairedResult result = analyse(GAD7, repeat(7, 14, 11), repeat(3, 9, 9));

        assertThat(SITE.change(result, "Anxiety (GAD-7)", "mothers"))
                .isEqualTo("Anxiety (GAD-7) fell for 7 in 10 mothers who completed both questionnaires.");
    }

    @Test
    void aScaleWhereLowerIsWorseRisesWhenItImproves() {
        PairedResult result = analyse(CSI4, repeat(6, 10, 14), repeat(2, 15, 12));

        assertThat(SITE.change(result, "Couple satisfaction (CSI-4)", "fathers"))
                .isEqualTo("Couple satisfaction (CSI-4) rose for 6 of 8 fathers who completed both questionnaires.");
    }

    @Test
    void largerGroupsGiveTheCountAndAboutHowManyInTen() {
        PairedResult result = analyse(GAD7, repeat(26, 14, 11), repeat(11, 9, 10));

        assertThat(SITE.change(result, "Anxiety (GAD-7)", "mothers"))
                .isEqualTo("Anxiety (GAD-7) fell for 26 of 37 mothers who completed both questionnaires (about 7 in 10).");
        assertThat(BEYOND.change(result, "Anxiety (GAD-7)", "mothers"))
                .isEqualTo("Anxiety (GAD-7) fell for 26 of 37 mothers who completed both questionnaires (about 7 in 10).");
    }

    @Test
    void beyondTheSiteASmallCountOrASmallRestIsNotShown() {
        PairedResult fewFell = analyse(GAD7, repeat(3, 14, 11), repeat(9, 9, 9));
        PairedResult fewDidNot = analyse(GAD7, repeat(11, 14, 11), repeat(1, 9, 9));

        assertThat(BEYOND.change(fewFell, "Anxiety (GAD-7)", "mothers"))
                .isEqualTo("Anxiety (GAD-7) fell for fewer than 5 of 12 mothers who completed both questionnaires.");
        assertThat(BEYOND.change(fewDidNot, "Anxiety (GAD-7)", "mothers"))
                .isEqualTo("Anxiety (GAD-7) fell for more than 7 of 12 mothers who completed both questionnaires.");
        assertThat(SITE.change(fewDidNot, "Anxiety (GAD-7)", "mothers"))
                .isEqualTo("Anxiety (GAD-7) fell for 11 of 12 mothers who completed both questionnaires (about 9 in 10).");
    }

    @Test
    void beyondTheSiteFewerThanFiveWithBothQuestionnairesShowsNothingElse() {
        PairedResult result = analyse(GAD7, repeat(4, 15, 9));

        assertThat(BEYOND.change(result, "Anxiety (GAD-7)", "mothers"))
                .isEqualTo("Fewer than 5 mothers completed both Anxiety (GAD-7) questionnaires, so the results are not shown.");
        assertThat(BEYOND.reliableChange(result, "mothers")).isEmpty();
        assertThat(BEYOND.clinicalChange(result, "mothers")).isEmpty();
        assertThat(SITE.change(result, "Anxiety (GAD-7)", "mothers"))
                .isEqualTo("Anxiety (GAD-7) fell for all 4 mothers who completed both questionnaires.");
    }

    @Test
    void reliableChangeGivesTheSplitToTheSiteButOnlyTheSuppressedImprovementBeyondIt() {
        // 15 → 9 is −6: reliable improvement; 10 → 9 is −1: no reliable change; 8 → 13 is +5: reliable deterioration
        PairedResult result = analyse(GAD7, repeat(4, 15, 9), repeat(7, 10, 9), repeat(1, 8, 13));

        assertThat(SITE.reliableChange(result, "mothers")).contains(
                "Reliable improvement for 4 of 12 mothers; no reliable change for 7 and reliable deterioration for 1.");
        assertThat(BEYOND.reliableChange(result, "mothers")).contains("Reliable improvement for fewer than 5 of 12 mothers.");
    }

    @Test
    void reliableChangeSplitIsShownBeyondTheSiteWhenEveryPartIsFiveOrMore() {
        PairedResult result = analyse(GAD7, repeat(6, 15, 9), repeat(5, 10, 9), repeat(5, 8, 13));

        assertThat(BEYOND.reliableChange(result, "mothers")).contains(
                "Reliable improvement for 6 of 16 mothers; no reliable change for 5 and reliable deterioration for 5.");
    }

    @Test
    void clinicallySignificantChangeCountsThoseWhoStartedInTheClinicalRange() {
        // clinical at 10 or above: 3 × 15 → 9 recover; 5 × 12 → 11 stay; 2 × 6 → 5 never clinical
        PairedResult result = analyse(GAD7, repeat(3, 15, 9), repeat(5, 12, 11), repeat(2, 6, 5));

        assertThat(SITE.clinicalChange(result, "mothers"))
                .contains("3 of 8 mothers who started in the clinical range improved reliably and ended outside it.");
        assertThat(BEYOND.clinicalChange(result, "mothers"))
                .contains("Fewer than 5 of 8 mothers who started in the clinical range improved reliably and ended outside it.");
    }

    @Test
    void fewStartingInTheClinicalRangeHidesClinicallySignificantChangeBeyondTheSite() {
        PairedResult result = analyse(GAD7, repeat(3, 15, 9), repeat(6, 6, 5));

        assertThat(BEYOND.clinicalChange(result, "mothers")).contains(
                "Fewer than 5 mothers started in the clinical range, so clinically significant change is not shown.");
        assertThat(SITE.clinicalChange(result, "mothers"))
                .contains("All 3 mothers who started in the clinical range improved reliably and ended outside it.");
    }

    @Test
    void anInstrumentWithoutCutOffHasNoClinicalSentence() {
        PairedInstrumentFacts noCutOff = new PairedInstrumentFacts(0.9, 6.0, Direction.LOWER, null);

        assertThat(SITE.clinicalChange(analyse(noCutOff, repeat(6, 20, 25)), "parents")).isEmpty();
    }

    @Test
    void naturalFrequenciesRoundToTenthsWithoutClaimingAllOrNone() {
        assertThat(NaturalFrequency.inTen(26, 37)).isEqualTo("about 7 in 10");
        assertThat(NaturalFrequency.inTen(36, 37)).isEqualTo("more than 9 in 10");
        assertThat(NaturalFrequency.inTen(1, 37)).isEqualTo("fewer than 1 in 10");
        assertThat(NaturalFrequency.inTen(37, 37)).isEqualTo("10 in 10");
        assertThat(NaturalFrequency.inTen(7, 10)).isEqualTo("7 in 10");
    }

    @SafeVarargs
    private static PairedResult analyse(PairedInstrumentFacts facts, List<PairedScore>... groups) {
        List<PairedScore> scores = new ArrayList<>();
        for (List<PairedScore> group : groups) {
            scores.addAll(group);
        }
        return PairedAnalysis.of(scores, facts);
    }

    private static List<PairedScore> repeat(int times, double baseline, double later) {
        List<PairedScore> scores = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            scores.add(new PairedScore(baseline, later));
        }
        return scores;
    }
}
