package org.babysteps.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.babysteps.outcomes.ShippedInstruments.all;
import static org.babysteps.outcomes.ShippedInstruments.answers;
import static org.babysteps.outcomes.ShippedInstruments.instrument;

import org.junit.jupiter.api.Test;

/** CSI-4: item 1 scored 0 to 6, items 2 to 4 scored 0 to 5; 0 to 21, lower is worse, below 13.5 dissatisfied. */
class Csi4ScoringTest {

    private final InstrumentDefinition csi4 = instrument("csi-4");

    @Test
    void theLowestAnswersScoreZeroAndAreClinical() {
        Score score = InstrumentScoring.score(csi4, all(4, 0));

        assertThat(score.total()).isZero();
        assertThat(score.isClinical()).isTrue();
        assertThat(csi4.worse()).isEqualTo(Direction.LOWER);
    }

    @Test
    void theHighestAnswersScoreTwentyOne() {
        Score score = InstrumentScoring.score(csi4, answers(6, 5, 5, 5));

        assertThat(score.total()).isEqualTo(21);
        assertThat(score.isClinical()).isFalse();
    }

    @Test
    void thirteenIsBelowTheCutOffOfThirteenAndAHalfAndFourteenIsNot() {
        // 3 + 3 + 4 + 3 = 13; 3 + 3 + 4 + 4 = 14
        Score thirteen = InstrumentScoring.score(csi4, answers(3, 3, 4, 3));
        Score fourteen = InstrumentScoring.score(csi4, answers(3, 3, 4, 4));

        assertThat(thirteen.total()).isEqualTo(13);
        assertThat(thirteen.isClinical()).isTrue();
        assertThat(fourteen.total()).isEqualTo(14);
        assertThat(fourteen.isClinical()).isFalse();
        assertThat(fourteen.riskHits()).isEmpty();
    }

    @Test
    void withItemsOnDifferentRangesAnyMissingItemMeansNoTotal() {
        Score score = InstrumentScoring.score(csi4, answers(6, 5, 5, null));

        assertThat(csi4.missingData().maxMissingToProrate()).isZero();
        assertThat(score.hasTotal()).isFalse();
        assertThat(score.noScoreReason()).contains("1 of 4 items are unanswered");
    }

    @Test
    void sixIsAnAnswerToTheFirstItemOnly() {
        assertThat(InstrumentScoring.score(csi4, answers(6, 0, 0, 0)).total()).isEqualTo(6);
        assertThatThrownBy(() -> InstrumentScoring.score(csi4, answers(0, 6, 0, 0)))
                .isInstanceOfSatisfying(AnswerOutOfRangeException.class, refused -> assertThat(refused.itemNumber()).isEqualTo(2));
    }
}
