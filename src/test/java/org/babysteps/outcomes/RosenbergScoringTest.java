package org.babysteps.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.babysteps.outcomes.ShippedInstruments.all;
import static org.babysteps.outcomes.ShippedInstruments.answers;
import static org.babysteps.outcomes.ShippedInstruments.instrument;

import org.junit.jupiter.api.Test;

/**
 * Rosenberg: Strongly agree 3, Agree 2, Disagree 1, Strongly disagree 0; items 2, 5, 6, 8, 9 reverse scored;
 * 0 to 30 where lower is worse and below 15 is low self-esteem.
 */
class RosenbergScoringTest {

    private final InstrumentDefinition rosenberg = instrument("rosenberg");

    @Test
    void theLowestSelfEsteemAnswersScoreZeroAndAreClinical() {
        // positive items Strongly disagree (0); negative items Strongly agree (3 -> 0)
        Score score = InstrumentScoring.score(rosenberg, answers(0, 3, 0, 0, 3, 3, 0, 3, 3, 0));

        assertThat(score.total()).isZero();
        assertThat(score.isClinical()).isTrue();
        assertThat(rosenberg.worse()).isEqualTo(Direction.LOWER);
        assertThat(score.riskHits()).isEmpty();
    }

    @Test
    void theHighestSelfEsteemAnswersScoreThirty() {
        Score score = InstrumentScoring.score(rosenberg, answers(3, 0, 3, 3, 0, 0, 3, 0, 0, 3));

        assertThat(score.total()).isEqualTo(30);
        assertThat(score.bands()).extracting(CutOff::meaning).containsExactly("High self-esteem");
    }

    @Test
    void stronglyAgreeingWithEverythingScoresFifteenBecauseHalfTheItemsAreReversed() {
        // five positive items 3 each, five negative items 3 - 3 = 0
        Score score = InstrumentScoring.score(rosenberg, all(10, 3));

        assertThat(score.total()).isEqualTo(15);
        assertThat(score.isClinical()).isFalse();
    }

    @Test
    void aMixedPatternScoresAsWorkedOutByHand() {
        // values 2,1,3,2,2,0,2,1,1,2 -> 2, 3-1=2, 3, 2, 3-2=1, 3-0=3, 2, 3-1=2, 3-1=2, 2 = 21
        Score score = InstrumentScoring.score(rosenberg, answers(2, 1, 3, 2, 2, 0, 2, 1, 1, 2));

        assertThat(score.total()).isEqualTo(21);
        assertThat(score.bands()).extracting(CutOff::meaning).containsExactly("Within the normal range");
    }

    @Test
    void aTotalOfFourteenIsLowAndFifteenIsNot() {
        // 15 from all Strongly agree, then item 1 Agree: 14
        Score fourteen = InstrumentScoring.score(rosenberg, answers(2, 3, 3, 3, 3, 3, 3, 3, 3, 3));

        assertThat(fourteen.total()).isEqualTo(14);
        assertThat(fourteen.isClinical()).isTrue();
    }

    @Test
    void oneMissingItemIsProratedAndTwoGiveNoTotal() {
        // 2+2+3+2+1+3+2+2+2 = 19 over 9 items; 19 x 10 / 9 = 21.1 -> 21
        Score one = InstrumentScoring.score(rosenberg, answers(2, 1, 3, 2, 2, 0, 2, 1, 1, null));
        Score two = InstrumentScoring.score(rosenberg, answers(2, 1, 3, 2, 2, 0, 2, 1, null, null));

        assertThat(one.total()).isEqualTo(21);
        assertThat(one.prorated()).isTrue();
        assertThat(two.hasTotal()).isFalse();
    }

    @Test
    void aValueOutsideTheFourPointsIsRefused() {
        assertThatThrownBy(() -> InstrumentScoring.score(rosenberg, answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 4)))
                .isInstanceOfSatisfying(AnswerOutOfRangeException.class, refused -> assertThat(refused.itemNumber()).isEqualTo(10));
    }
}
