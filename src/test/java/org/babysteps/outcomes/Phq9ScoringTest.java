package org.babysteps.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.babysteps.outcomes.ShippedInstruments.all;
import static org.babysteps.outcomes.ShippedInstruments.answers;
import static org.babysteps.outcomes.ShippedInstruments.instrument;

import org.junit.jupiter.api.Test;

/** PHQ-9: nine items scored 0 to 3; 5/10/15/20 bands; 10 or more clinical; item 9 a self-harm risk. */
class Phq9ScoringTest {

    private final InstrumentDefinition phq9 = instrument("phq-9");

    @Test
    void notAtAllThroughoutScoresZero() {
        Score score = InstrumentScoring.score(phq9, all(9, 0));

        assertThat(score.total()).isZero();
        assertThat(score.bands()).extracting(CutOff::meaning).containsExactly("Minimal depression");
        assertThat(score.riskHits()).isEmpty();
    }

    @Test
    void nearlyEveryDayThroughoutScoresTwentySevenAndRaisesBothRules() {
        Score score = InstrumentScoring.score(phq9, all(9, 3));

        assertThat(score.total()).isEqualTo(27);
        assertThat(score.bands()).extracting(CutOff::meaning).startsWith("Severe depression");
        assertThat(score.riskHits()).extracting(hit -> hit.rule().code())
                .containsExactly("self-harm", "depression-threshold");
    }

    @Test
    void aMixedPatternScoresAsWorkedOutByHand() {
        // 1 + 2 + 0 + 3 + 1 + 0 + 2 + 1 + 0 = 10
        Score score = InstrumentScoring.score(phq9, answers(1, 2, 0, 3, 1, 0, 2, 1, 0));

        assertThat(score.total()).isEqualTo(10);
        assertThat(score.bands()).extracting(CutOff::meaning).startsWith("Moderate depression");
        assertThat(score.riskHits()).extracting(hit -> hit.rule().code()).containsExactly("depression-threshold");
    }

    @Test
    void aTotalOfNineIsBelowTheThreshold() {
        Score score = InstrumentScoring.score(phq9, answers(1, 2, 0, 3, 1, 0, 2, 0, 0));

        assertThat(score.total()).isEqualTo(9);
        assertThat(score.riskHits()).isEmpty();
        assertThat(score.isClinical()).isFalse();
    }

    @Test
    void anyAnswerAboveNotAtAllOnItemNineRaisesTheSelfHarmRule() {
        Score score = InstrumentScoring.score(phq9, answers(0, 0, 0, 0, 0, 0, 0, 0, 1));

        assertThat(score.total()).isEqualTo(1);
        assertThat(score.riskHits()).singleElement().satisfies(hit -> {
            assertThat(hit.rule().code()).isEqualTo("self-harm");
            assertThat(hit.observed()).isEqualTo(1);
            assertThat(hit.rule().staffAction()).contains("safeguarding");
            assertThat(hit.rule().parentHelp()).contains("999", "NHS 111", "116 123");
        });
    }

    @Test
    void oneMissingItemIsProratedWithHalvesRoundingUp() {
        // 1 + 1 + 1 + 1 = 4 over 8 items; 4 x 9 / 8 = 4.5 -> 5
        Score score = InstrumentScoring.score(phq9, answers(1, 1, 1, 1, 0, 0, 0, 0, null));

        assertThat(score.total()).isEqualTo(5);
        assertThat(score.prorated()).isTrue();
    }

    @Test
    void twoMissingItemsGiveNoTotalButItemNineStillRaisesItsAlert() {
        Score score = InstrumentScoring.score(phq9, answers(0, 0, 0, 0, 0, 0, null, null, 2));

        assertThat(score.hasTotal()).isFalse();
        assertThat(score.riskHits()).extracting(hit -> hit.rule().code()).containsExactly("self-harm");
    }

    @Test
    void anUnknownItemIsRefused() {
        assertThatThrownBy(() -> InstrumentScoring.score(phq9, answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
                .isInstanceOfSatisfying(AnswerOutOfRangeException.class, refused -> assertThat(refused.itemNumber()).isEqualTo(10));
    }
}
