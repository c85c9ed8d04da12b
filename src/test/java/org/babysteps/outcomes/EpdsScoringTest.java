package org.babysteps.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.babysteps.outcomes.ShippedInstruments.all;
import static org.babysteps.outcomes.ShippedInstruments.answers;
import static org.babysteps.outcomes.ShippedInstruments.instrument;

import org.junit.jupiter.api.Test;

/**
 * EPDS: option values are the printed position 0..3; items 1, 2 and 4 score it, items 3 and 5 to 10 are reverse
 * scored (3 - value).
 */
class EpdsScoringTest {

    private final InstrumentDefinition epds = instrument("epds");

    @Test
    void theLeastTroubledAnswersScoreZero() {
        // items 1, 2, 4 first answer (0); reverse items last answer (value 3 -> score 0)
        Score score = InstrumentScoring.score(epds, answers(0, 0, 3, 0, 3, 3, 3, 3, 3, 3));

        assertThat(score.total()).isZero();
        assertThat(score.bands()).extracting(CutOff::meaning).containsExactly("Below the thresholds for possible depression");
        assertThat(score.isClinical()).isFalse();
        assertThat(score.riskHits()).isEmpty();
        assertThat(score.instrumentVersion()).isEqualTo(1);
    }

    @Test
    void theMostTroubledAnswersScoreThirty() {
        Score score = InstrumentScoring.score(epds, answers(3, 3, 0, 3, 0, 0, 0, 0, 0, 0));

        assertThat(score.total()).isEqualTo(30);
        assertThat(score.isClinical()).isTrue();
        assertThat(score.subscaleTotals()).containsEntry("epds-3a", 9);
    }

    @Test
    void reverseItemsScoreTheirFirstPrintedAnswerThree() {
        // every item's first printed answer: 0 on items 1, 2, 4 and 3 on the seven reverse items = 21
        Score score = InstrumentScoring.score(epds, all(10, 0));

        assertThat(score.total()).isEqualTo(21);
    }

    @Test
    void aMixedPatternScoresAsWorkedOutByHand() {
        // values 1,0,2,3,1,1,3,2,2,3 -> scores 1, 0, 3-2=1, 3, 3-1=2, 3-1=2, 3-3=0, 3-2=1, 3-2=1, 3-3=0 = 11
        Score score = InstrumentScoring.score(epds, answers(1, 0, 2, 3, 1, 1, 3, 2, 2, 3));

        assertThat(score.total()).isEqualTo(11);
        assertThat(score.prorated()).isFalse();
        assertThat(score.answered()).isEqualTo(10);
        assertThat(score.missing()).isZero();
        assertThat(score.subscaleTotals()).containsEntry("epds-3a", 1 + 3 + 2);
        assertThat(score.bands()).extracting(CutOff::meaning).containsExactly("Possible depression (10 or more, a commonly used lower threshold)");
        assertThat(score.riskHits()).isEmpty();
    }

    @Test
    void oneMissingItemIsProratedAndRounded() {
        // scores 3, 3, 3, 3, 1, 0, 0, 0, 0 = 13 over 9 items; 13 x 10 / 9 = 14.44 -> 14
        Score score = InstrumentScoring.score(epds, answers(3, 3, 0, 3, 2, 3, 3, 3, 3, null));

        assertThat(score.total()).isEqualTo(14);
        assertThat(score.prorated()).isTrue();
        assertThat(score.answered()).isEqualTo(9);
        assertThat(score.missing()).isEqualTo(1);
        assertThat(score.riskHits()).extracting(hit -> hit.rule().code()).containsExactly("probable-depression");
        assertThat(score.riskHits().get(0).observed()).isEqualTo(14);
    }

    @Test
    void twoMissingItemsGiveNoTotalButItemTenStillRaisesItsAlert() {
        Score score = InstrumentScoring.score(epds, answers(3, 3, 0, 3, 2, 3, 3, null, null, 1));

        assertThat(score.hasTotal()).isFalse();
        assertThat(score.noScoreReason()).isEqualTo(
                "2 of 10 items are unanswered; epds v1 gives a total only when at most 1 is missing");
        assertThat(score.bands()).isEmpty();
        assertThat(score.riskHits()).extracting(hit -> hit.rule().code()).containsExactly("self-harm");
    }

    @Test
    void theAnxietySubscaleNeedsAllThreeOfItsItems() {
        Score score = InstrumentScoring.score(epds, answers(0, 0, 3, null, 3, 3, 3, 3, 3, 3));

        assertThat(score.total()).isZero();
        assertThat(score.subscaleTotals()).doesNotContainKey("epds-3a");
    }

    @Test
    void anyAnswerAboveNeverOnItemTenRaisesTheSelfHarmRule() {
        // "Hardly ever" is value 2, reverse scored 1: above 0
        Score score = InstrumentScoring.score(epds, answers(0, 0, 3, 0, 3, 3, 3, 3, 3, 2));

        assertThat(score.riskHits()).singleElement().satisfies(hit -> {
            assertThat(hit.rule().code()).isEqualTo("self-harm");
            assertThat(hit.rule().itemNumber()).isEqualTo(10);
            assertThat(hit.observed()).isEqualTo(1);
            assertThat(hit.rule().parentHelp()).contains("999", "NHS 111", "116 123", "midwife, health visitor or GP");
        });
    }

    @Test
    void neverOnItemTenRaisesNothing() {
        Score score = InstrumentScoring.score(epds, answers(0, 0, 3, 0, 3, 3, 3, 3, 3, 3));

        assertThat(score.riskHits()).isEmpty();
    }

    @Test
    void aTotalOfThirteenRaisesTheProbableDepressionRuleAndTwelveDoesNot() {
        // scores 3, 3, 3, 3, 1 on items 1-5, 0 on the rest = 13
        Score thirteen = InstrumentScoring.score(epds, answers(3, 3, 0, 3, 2, 3, 3, 3, 3, 3));
        // item 5 scored 0 instead = 12
        Score twelve = InstrumentScoring.score(epds, answers(3, 3, 0, 3, 3, 3, 3, 3, 3, 3));

        assertThat(thirteen.total()).isEqualTo(13);
        assertThat(thirteen.riskHits()).extracting(hit -> hit.rule().code()).containsExactly("probable-depression");
        assertThat(thirteen.isClinical()).isTrue();
        assertThat(twelve.total()).isEqualTo(12);
        assertThat(twelve.riskHits()).isEmpty();
        assertThat(twelve.isClinical()).isFalse();
    }

    @Test
    void aValueThatIsNotAnAnswerIsRefusedNamingTheItem() {
        assertThatThrownBy(() -> InstrumentScoring.score(epds, answers(0, 0, 4, 0, 3, 3, 3, 3, 3, 3)))
                .isInstanceOfSatisfying(AnswerOutOfRangeException.class, refused -> {
                    assertThat(refused.itemNumber()).isEqualTo(3);
                    assertThat(refused.field()).isEqualTo("item-3");
                })
                .hasMessage("Item 3 of epds v1 has no answer with value 4 (its answers have the values 0, 1, 2, 3)");
        assertThatThrownBy(() -> InstrumentScoring.score(epds, answers(-1)))
                .isInstanceOf(AnswerOutOfRangeException.class).hasMessageContaining("Item 1 ");
    }

    @Test
    void anItemTheScaleDoesNotHaveIsRefused() {
        var answers = all(10, 0);
        answers.put(11, 0);

        assertThatThrownBy(() -> InstrumentScoring.score(epds, answers))
                .isInstanceOfSatisfying(AnswerOutOfRangeException.class, refused -> assertThat(refused.itemNumber()).isEqualTo(11))
                .hasMessage("Item 11 is not an item of epds v1 (its items are numbered 1 to 10)");
    }
}
