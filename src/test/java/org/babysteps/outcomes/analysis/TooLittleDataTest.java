package org.babysteps.outcomes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.babysteps.outcomes.PairedAnalysis;
import org.babysteps.outcomes.PairedCaveat;
import org.babysteps.outcomes.Direction;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.outcomes.PairedResult;
import org.babysteps.outcomes.PairedScore;
import org.babysteps.outcomes.PairedSignedRank.Method;
import org.junit.jupiter.api.Test;

/** What cannot be worked out is left empty with the reason, never NaN. */
class TooLittleDataTest {

    private static final PairedInstrumentFacts FACTS = new PairedInstrumentFacts(0.9, 4.0, Direction.HIGHER, null);

    @Test
    void noPairsGiveNoMeansNoTestsAndSayWhy() {
        PairedResult result = PairedAnalysis.of(List.of(), FACTS);

        assertThat(result.n()).isZero();
        assertThat(result.baseline().mean()).isEmpty();
        assertThat(result.change().sd()).isEmpty();
        assertThat(result.tTest()).isEmpty();
        assertThat(result.signedRank()).isEmpty();
        assertThat(result.reliableChange()).isEmpty();
        assertThat(result.caveats()).contains(PairedCaveat.FEWER_THAN_TWO_PAIRS);
    }

    @Test
    void onePairHasMeansButNoSdNoTestAndStillAnIndividualReliableChange() {
        PairedResult result = PairedAnalysis.of(List.of(new PairedScore(15, 5)), FACTS);

        assertThat(result.baseline().mean().getAsDouble()).isEqualTo(15.0);
        assertThat(result.baseline().sd()).isEmpty();
        assertThat(result.meanChangeCi95()).isEmpty();
        assertThat(result.tTest()).isEmpty();
        assertThat(result.cohensDz()).isEmpty();
        assertThat(result.signedRank()).isEmpty();
        assertThat(result.caveats()).contains(PairedCaveat.FEWER_THAN_TWO_PAIRS);
        // SE_diff = 4 × √2 × √0.1 ≈ 1.789; −10 is far beyond 1.96 × 1.789
        assertThat(result.reliableChange().orElseThrow().improved()).isEqualTo(1);
    }

    @Test
    void identicalChangesHaveNoTTestOrEffectSizeButASignedRankTest() {
        PairedResult result = PairedAnalysis.of(List.of(new PairedScore(12, 10), new PairedScore(9, 7), new PairedScore(15, 13)), FACTS);

        assertThat(result.change().sd().getAsDouble()).isZero();
        assertThat(result.tTest()).isEmpty();
        assertThat(result.meanChangeCi95()).isEmpty();
        assertThat(result.cohensDz()).isEmpty();
        assertThat(result.caveats()).contains(PairedCaveat.NO_VARIATION_IN_CHANGE);
        // three tied changes of −2: SciPy wilcoxon([-2, -2, -2], method='asymptotic', correction=True) gives T = 0, p = 0.14891467317876572
        assertThat(result.signedRank().orElseThrow().statistic()).isZero();
        assertThat(result.signedRank().orElseThrow().p()).isCloseTo(0.14891467317876572, within(1e-12));
        assertThat(result.signedRank().orElseThrow().method()).isEqualTo(Method.NORMAL_APPROXIMATION);
    }

    @Test
    void proratedScoresWhoseChangesDifferOnlyByFloatingPointErrorCountAsNotVarying() {
        // 11.3 − 8.1 and 5.2 − 2.0 are both 3.2, but not in binary floating point
        PairedResult result = PairedAnalysis.of(List.of(new PairedScore(11.3, 8.1), new PairedScore(5.2, 2.0)), FACTS);

        assertThat(result.tTest()).isEmpty();
        assertThat(result.caveats()).contains(PairedCaveat.NO_VARIATION_IN_CHANGE);
    }

    @Test
    void nobodyChangingGivesNoSignedRankTestAndSaysSo() {
        PairedResult result = PairedAnalysis.of(List.of(new PairedScore(12, 12), new PairedScore(9, 9)), FACTS);

        assertThat(result.signedRank()).isEmpty();
        assertThat(result.caveats()).contains(PairedCaveat.NO_CHANGE_AT_ALL, PairedCaveat.NO_VARIATION_IN_CHANGE);
        assertThat(result.directions().same()).isEqualTo(2);
    }

    @Test
    void reliabilityOfOneAndMissingScoresAreRefused() {
        assertThatThrownBy(() -> new PairedInstrumentFacts(1.0, 4.0, Direction.HIGHER, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PairedScore(Double.NaN, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
