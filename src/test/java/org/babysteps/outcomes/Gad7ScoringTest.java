package org.babysteps.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.babysteps.outcomes.ShippedInstruments.all;
import static org.babysteps.outcomes.ShippedInstruments.answers;
import static org.babysteps.outcomes.ShippedInstruments.instrument;

import org.junit.jupiter.api.Test;

/** GAD-7: seven items scored 0 to 3, none reversed; 5, 10 and 15 mild, moderate, severe; 10 or more clinical. */
class Gad7ScoringTest {

    private final InstrumentDefinition gad7 = instrument("gad-7");

    @Test
    void notAtAllThroughoutScoresZero() {
        Score score = InstrumentScoring.score(gad7, all(7, 0));

        assertThat(score.total()).isZero();
        assertThat(score.bands()).extracting(CutOff::meaning).containsExactly("Minimal anxiety");
        assertThat(score.riskHits()).isEmpty();
    }

    @Test
    void nearlyEveryDayThroughoutScoresTwentyOneAndIsSevereAndClinical() {
        Score score = InstrumentScoring.score(gad7, all(7, 3));

        assertThat(score.total()).isEqualTo(21);
        assertThat(score.bands()).extracting(CutOff::meaning)
                .containsExactly("Severe anxiety", "At or above the threshold for further evaluation (10 or more)");
        assertThat(score.isClinical()).isTrue();
    }

    @Test
    void aMixedPatternScoresAsWorkedOutByHand() {
        // 2 + 1 + 0 + 3 + 1 + 2 + 1 = 10
        Score score = InstrumentScoring.score(gad7, answers(2, 1, 0, 3, 1, 2, 1));

        assertThat(score.total()).isEqualTo(10);
        assertThat(score.bands()).extracting(CutOff::meaning).startsWith("Moderate anxiety");
    }

    @Test
    void aTotalOfTenRaisesTheThresholdRuleAndNineDoesNot() {
        Score ten = InstrumentScoring.score(gad7, answers(2, 1, 0, 3, 1, 2, 1));
        Score nine = InstrumentScoring.score(gad7, answers(2, 1, 0, 3, 1, 2, 0));

        assertThat(ten.riskHits()).extracting(hit -> hit.rule().code()).containsExactly("anxiety-threshold");
        assertThat(nine.total()).isEqualTo(9);
        assertThat(nine.riskHits()).isEmpty();
        assertThat(nine.isClinical()).isFalse();
    }

    @Test
    void oneMissingItemIsProratedWithHalvesRoundingUp() {
        // 1 + 1 + 1 + 0 + 0 + 0 = 3 over 6 items; 3 x 7 / 6 = 3.5 -> 4
        Score score = InstrumentScoring.score(gad7, answers(1, 1, 1, 0, 0, 0, null));

        assertThat(score.total()).isEqualTo(4);
        assertThat(score.prorated()).isTrue();
    }

    @Test
    void twoMissingItemsGiveNoTotal() {
        Score score = InstrumentScoring.score(gad7, answers(3, 3, 3, 3, 3, null, null));

        assertThat(score.hasTotal()).isFalse();
        assertThat(score.missing()).isEqualTo(2);
        assertThat(score.riskHits()).isEmpty();
    }

    @Test
    void aValueAboveThreeIsRefused() {
        assertThatThrownBy(() -> InstrumentScoring.score(gad7, answers(0, 4, 0, 0, 0, 0, 0)))
                .isInstanceOfSatisfying(AnswerOutOfRangeException.class, refused -> assertThat(refused.itemNumber()).isEqualTo(2));
    }
}
