package org.babysteps.outcomes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.babysteps.outcomes.PairedAnalysis;
import org.babysteps.outcomes.PairedCaveat;
import org.babysteps.outcomes.PairedClinicalChange;
import org.babysteps.outcomes.PairedCutOff;
import org.babysteps.outcomes.PairedCutOff.ClinicalSide;
import org.babysteps.outcomes.Direction;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.outcomes.PairedReliableChange;
import org.babysteps.outcomes.PairedReliableChange.SdSource;
import org.babysteps.outcomes.PairedResult;
import org.babysteps.outcomes.PairedScore;
import org.junit.jupiter.api.Test;

/** Jacobson–Truax reliable and clinically significant change, worked by hand in the comments. */
class ReliableChangeTest {

    @Test
    void gad7StyleHigherIsWorseCountsReliableImprovementAndRecovery() {
        // r = 0.92, normative SD 5: SE_diff = 5 × √2 × √0.08 = 5 × √0.16 = 2.0, so |change| must exceed 3.92.
        // GAD-7 clinical at 10 or above.
        //   15 → 9   change −6  RCI −3.0  improved,  clinical → not clinical: recovered
        //   12 → 8   change −4  RCI −2.0  improved,  clinical → not clinical: recovered
        //   11 → 8   change −3  RCI −1.5  unchanged, crosses the cut-off by less than measurement error: not recovered
        //   16 → 11  change −5  RCI −2.5  improved,  still clinical: not recovered
        //    6 → 7   change +1  RCI +0.5  unchanged, never clinical
        //    8 → 13  change +5  RCI +2.5  deteriorated
        // improved 3 (50%), unchanged 2, deteriorated 1; clinical at baseline 4, recovered 2 (50%)
        PairedInstrumentFacts gad7 = new PairedInstrumentFacts(0.92, 5.0, Direction.HIGHER,
                new PairedCutOff(10, ClinicalSide.AT_OR_ABOVE));
        PairedResult result = PairedAnalysis.of(List.of(pair(15, 9), pair(12, 8), pair(11, 8), pair(16, 11), pair(6, 7), pair(8, 13)), gad7);

        PairedReliableChange reliable = result.reliableChange().orElseThrow();
        assertThat(reliable.yardstick().seDifference()).isCloseTo(2.0, within(1e-12));
        assertThat(reliable.yardstick().indexThreshold().getAsDouble()).isCloseTo(3.92, within(1e-12));
        assertThat(reliable.sdSource()).isEqualTo(SdSource.NORMATIVE);
        assertThat(List.of(reliable.improved(), reliable.unchanged(), reliable.deteriorated())).containsExactly(3, 2, 1);
        assertThat(reliable.improvedPercent()).isCloseTo(50.0, within(1e-12));
        PairedClinicalChange clinical = result.clinicalChange().orElseThrow();
        assertThat(clinical.clinicalAtBaseline()).isEqualTo(4);
        assertThat(clinical.recovered()).isEqualTo(2);
        assertThat(clinical.recoveredPercent().getAsDouble()).isCloseTo(50.0, within(1e-12));
    }

    @Test
    void csi4StyleLowerIsWorseTreatsARiseAsImprovement() {
        // CSI-4: higher is better, distressed below 13.5. r = 0.875, normative SD 4:
        // SE_diff = 4 × √2 × √0.125 = 4 × √0.25 = 2.0.
        //   10 → 16  change +6  RCI +3.0  improved,     distressed → not: recovered
        //   12 → 15  change +3  RCI +1.5  unchanged,    crosses without reliable change: not recovered
        //   18 → 12  change −6  RCI −3.0  deteriorated
        //    8 → 13  change +5  RCI +2.5  improved,     13 is still below 13.5: not recovered
        // improved 2, unchanged 1, deteriorated 1; distressed at baseline 3, recovered 1
        PairedInstrumentFacts csi4 = new PairedInstrumentFacts(0.875, 4.0, Direction.LOWER,
                new PairedCutOff(13.5, ClinicalSide.BELOW));
        PairedResult result = PairedAnalysis.of(List.of(pair(10, 16), pair(12, 15), pair(18, 12), pair(8, 13)), csi4);

        PairedReliableChange reliable = result.reliableChange().orElseThrow();
        assertThat(List.of(reliable.improved(), reliable.unchanged(), reliable.deteriorated())).containsExactly(2, 1, 1);
        assertThat(result.clinicalChange().orElseThrow().clinicalAtBaseline()).isEqualTo(3);
        assertThat(result.clinicalChange().orElseThrow().recovered()).isEqualTo(1);
        assertThat(result.directions().better()).isEqualTo(3);
        assertThat(result.directions().worse()).isEqualTo(1);
    }

    @Test
    void theSameScoresReadAsHigherIsWorseSwapImprovedAndDeteriorated() {
        PairedInstrumentFacts higherIsWorse = new PairedInstrumentFacts(0.875, 4.0, Direction.HIGHER, null);
        PairedResult result = PairedAnalysis.of(List.of(pair(10, 16), pair(12, 15), pair(18, 12), pair(8, 13)), higherIsWorse);

        PairedReliableChange reliable = result.reliableChange().orElseThrow();
        assertThat(List.of(reliable.improved(), reliable.unchanged(), reliable.deteriorated())).containsExactly(1, 1, 2);
        assertThat(result.directions().better()).isEqualTo(1);
    }

    @Test
    void withoutANormativeSdTheBaselineSampleSdIsUsedAndSaidSo() {
        // baselines 8, 12, 10: mean 10, SD √((4 + 4 + 0) / 2) = 2. r = 0.5: SE_diff = 2 × √2 × √0.5 = 2.0.
        //   8 → 3   change −5    RCI −2.5   improved
        //  12 → 11  change −1    RCI −0.5   unchanged
        //  10 → 14.5 change +4.5 RCI +2.25  deteriorated
        PairedInstrumentFacts noNorm = new PairedInstrumentFacts(0.5, null, Direction.HIGHER, null);
        PairedResult result = PairedAnalysis.of(List.of(pair(8, 3), pair(12, 11), pair(10, 14.5)), noNorm);

        PairedReliableChange reliable = result.reliableChange().orElseThrow();
        assertThat(reliable.sdSource()).isEqualTo(SdSource.BASELINE_SAMPLE);
        assertThat(reliable.yardstick().sd()).isCloseTo(2.0, within(1e-12));
        assertThat(List.of(reliable.improved(), reliable.unchanged(), reliable.deteriorated())).containsExactly(1, 1, 1);
        assertThat(result.caveats()).contains(PairedCaveat.BASELINE_SD_USED, PairedCaveat.NO_CUT_OFF);
        assertThat(result.clinicalChange()).isEmpty();
    }

    @Test
    void identicalBaselinesWithoutANormativeSdGiveNoReliableChangeRatherThanCallingEveryChangeReliable() {
        PairedInstrumentFacts noNorm = new PairedInstrumentFacts(0.8, null, Direction.HIGHER,
                new PairedCutOff(10, ClinicalSide.AT_OR_ABOVE));
        PairedResult result = PairedAnalysis.of(List.of(pair(12, 3), pair(12, 11), pair(12, 14)), noNorm);

        assertThat(result.reliableChange()).isEmpty();
        assertThat(result.clinicalChange()).isEmpty();
        assertThat(result.caveats()).contains(PairedCaveat.NO_SPREAD_FOR_RELIABLE_CHANGE);
    }

    static PairedScore pair(double baseline, double later) {
        return new PairedScore(baseline, later);
    }
}
