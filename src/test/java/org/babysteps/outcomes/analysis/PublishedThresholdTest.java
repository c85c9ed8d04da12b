package org.babysteps.outcomes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.outcomes.Direction;
import org.babysteps.outcomes.PairedAnalysis;
import org.babysteps.outcomes.PairedCaveat;
import org.babysteps.outcomes.PairedCutOff;
import org.babysteps.outcomes.PairedCutOff.ClinicalSide;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.outcomes.PairedReliableChange;
import org.babysteps.outcomes.PairedReliableChange.SdSource;
import org.babysteps.outcomes.PairedResult;
import org.babysteps.outcomes.PairedScore;
import org.babysteps.outcomes.ReferenceSd;
import org.babysteps.outcomes.ReliableChangeThreshold;
import org.junit.jupiter.api.Test;

/** A published reliable-change threshold (EPDS: 4 points, Matthey 2004) and all sites' reference SD as yardsticks. */
class PublishedThresholdTest {

    private static final ReliableChangeThreshold FOUR_POINTS = new ReliableChangeThreshold(4, "Matthey 2004",
            "Matthey, S. (2004) Journal of Affective Disorders, 78(3), 269-272");

    private static PairedInstrumentFacts facts(Direction worse, PairedCutOff cutOff, Double normSd, ReferenceSd reference) {
        return new PairedInstrumentFacts(0.87, normSd, worse, cutOff, FOUR_POINTS, reference);
    }

    private static List<Integer> counts(PairedResult result) {
        PairedReliableChange change = result.reliableChange().orElseThrow();
        return List.of(change.improved(), change.unchanged(), change.deteriorated());
    }

    @Test
    void higherIsWorseCountsAFallOfFourAsImprovedThreeAsUnchangedAndARiseOfFourAsDeteriorated() {
        // baselines all 15: with no threshold and no normative SD there would be no spread to judge by at all
        PairedResult result = PairedAnalysis.of(List.of(pair(15, 11), pair(15, 12), pair(15, 18), pair(15, 19)),
                facts(Direction.HIGHER, null, null, null));

        assertThat(counts(result)).containsExactly(1, 2, 1);
        assertThat(result.reliableChange().orElseThrow().sdSource()).isEqualTo(SdSource.PUBLISHED_THRESHOLD);
        assertThat(result.caveats()).doesNotContain(PairedCaveat.BASELINE_SD_USED, PairedCaveat.NO_SPREAD_FOR_RELIABLE_CHANGE);
    }

    @Test
    void lowerIsWorseCountsARiseOfFourAsImprovedAndAFallOfFourAsDeteriorated() {
        PairedResult result = PairedAnalysis.of(List.of(pair(10, 14), pair(10, 13), pair(10, 7), pair(10, 6)),
                facts(Direction.LOWER, null, null, null));

        assertThat(counts(result)).containsExactly(1, 2, 1);
    }

    @Test
    void thePublishedThresholdWinsOverANormativeSdAndAReferenceSd() {
        // SD 1 with r = 0.87 would make a change of 1 reliable; the published 4 points must be used instead
        ReferenceSd reference = new ReferenceSd("epds", 1.0, 500, LocalDate.of(2026, 11, 30));
        PairedResult result = PairedAnalysis.of(List.of(pair(15, 12), pair(15, 11)),
                facts(Direction.HIGHER, null, 1.0, reference));

        assertThat(counts(result)).containsExactly(1, 1, 0);
        assertThat(result.reliableChange().orElseThrow().yardstick().description())
                .isEqualTo("Reliable change: a change of 4 points or more (Matthey 2004), the same yardstick at every site.");
    }

    @Test
    void clinicallySignificantChangeNeedsAReliableImprovementByTheThreshold() {
        // EPDS clinical at 13 or more: 14 → 11 crosses by 3 (not reliable), 16 → 12 crosses by 4 (recovered)
        PairedResult result = PairedAnalysis.of(List.of(pair(14, 11), pair(16, 12)),
                facts(Direction.HIGHER, new PairedCutOff(13, ClinicalSide.AT_OR_ABOVE), null, null));

        assertThat(result.clinicalChange().orElseThrow().clinicalAtBaseline()).isEqualTo(2);
        assertThat(result.clinicalChange().orElseThrow().recovered()).isEqualTo(1);
    }

    @Test
    void aReferenceSdOfEnoughBaselinesIsUsedInsteadOfTheSamplesOwnAndSaidPlainly() {
        // reference SD 5 with r = 0.875: SE_diff = 5 × √2 × √0.125 = 2.5, reliable beyond 4.9 points.
        // The sample's own baselines (8, 12, 10) have SD 2 and would call a change of 4 reliable.
        ReferenceSd reference = new ReferenceSd("rosenberg", 5.0, 1240, LocalDate.of(2026, 11, 30));
        PairedInstrumentFacts facts = new PairedInstrumentFacts(0.875, null, Direction.LOWER, null, null, reference);
        PairedResult result = PairedAnalysis.of(List.of(pair(8, 12), pair(12, 17), pair(10, 5)), facts);

        PairedReliableChange change = result.reliableChange().orElseThrow();
        assertThat(change.sdSource()).isEqualTo(SdSource.ALL_SITES_REFERENCE);
        assertThat(counts(result)).containsExactly(1, 1, 1);
        assertThat(result.caveats()).doesNotContain(PairedCaveat.BASELINE_SD_USED);
        assertThat(change.yardstick().description()).isEqualTo("Reliable change: a change of more than 4.9 points,"
                + " measured against the spread of all sites' baseline scores (SD 5.0, 1,240 parents, 30 Nov 2026),"
                + " the same yardstick at every site.");
    }

    @Test
    void aReferenceSdOfFewerThanThirtyBaselinesFallsBackToTheSamplesOwnWithTheCaveat() {
        ReferenceSd tooFew = new ReferenceSd("rosenberg", 5.0, ReferenceSd.MINIMUM_BASELINES - 1, LocalDate.of(2026, 11, 30));
        PairedInstrumentFacts facts = new PairedInstrumentFacts(0.875, null, Direction.LOWER, null, null, tooFew);
        PairedResult result = PairedAnalysis.of(List.of(pair(8, 12), pair(12, 17), pair(10, 5)), facts);

        assertThat(result.reliableChange().orElseThrow().sdSource()).isEqualTo(SdSource.BASELINE_SAMPLE);
        assertThat(result.reliableChange().orElseThrow().yardstick().sd()).isCloseTo(2.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(result.caveats()).contains(PairedCaveat.BASELINE_SD_USED);
    }

    @Test
    void aThresholdMustBeAboveZeroAndCiteItsSource() {
        assertThatThrownBy(() -> new ReliableChangeThreshold(0, "Matthey 2004", "source"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReliableChangeThreshold(4, "Matthey 2004", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PairedScore pair(double baseline, double later) {
        return new PairedScore(baseline, later);
    }
}
