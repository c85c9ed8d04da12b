package org.babysteps.outcomes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.babysteps.outcomes.PairedAnalysis;
import org.babysteps.outcomes.PairedCaveat;
import org.babysteps.outcomes.Direction;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.outcomes.PairedResult;
import org.babysteps.outcomes.PairedScore;
import org.babysteps.outcomes.PairedSignedRank.Method;
import org.junit.jupiter.api.Test;

/**
 * The statistics against values worked out independently with SciPy 1.17.1 by
 * src/test/resources/analysis/expected_values.py (same data sets; its docstring gives the exact calls):
 * <pre>
 *   t  = stats.ttest_rel(later, baseline); t.statistic, t.df, t.pvalue, t.confidence_interval(0.95)
 *   dz = d.mean() / d.std(ddof=1)                       where d = later - baseline
 *   n8:       stats.wilcoxon(later, baseline, zero_method="wilcox", method="exact")
 *   n40, ties: stats.wilcoxon(later, baseline, zero_method="wilcox", correction=True, method="asymptotic")
 * </pre>
 */
class PairedAnalysisAgainstScipyTest {

    private static final double CLOSE = 1e-9;
    private static final PairedInstrumentFacts FACTS = new PairedInstrumentFacts(0.9, null, Direction.HIGHER, null);

    @Test
    void eightPairsWithoutTiesMatchScipyIncludingTheExactSignedRankTest() {
        PairedResult result = PairedAnalysis.of(pairs(new int[] {12, 15, 9, 18, 11, 14, 7, 16}, new int[] {6, 8, 10, 9, 7, 11, 2, 4}), FACTS);

        assertThat(result.n()).isEqualTo(8);
        assertThat(result.baseline().mean().getAsDouble()).isCloseTo(12.75, within(CLOSE));
        assertThat(result.baseline().sd().getAsDouble()).isCloseTo(3.69362385, within(1e-8));
        assertThat(result.later().mean().getAsDouble()).isCloseTo(7.125, within(CLOSE));
        assertThat(result.later().sd().getAsDouble()).isCloseTo(3.044315546, within(1e-8));
        assertThat(result.change().mean().getAsDouble()).isCloseTo(-5.625, within(CLOSE));
        assertThat(result.change().sd().getAsDouble()).isCloseTo(3.925648263, within(1e-8));
        assertThat(result.meanChangeCi95().orElseThrow().lower()).isCloseTo(-8.906924079, within(1e-8));
        assertThat(result.meanChangeCi95().orElseThrow().upper()).isCloseTo(-2.343075921, within(1e-8));
        assertThat(result.tTest().orElseThrow().t()).isCloseTo(-4.052808991, within(1e-8));
        assertThat(result.tTest().orElseThrow().degreesOfFreedom()).isEqualTo(7);
        assertThat(result.tTest().orElseThrow().p()).isCloseTo(0.004853525774, within(1e-11));
        assertThat(result.cohensDz().getAsDouble()).isCloseTo(-1.43288436, within(1e-8));
        assertThat(result.signedRank().orElseThrow().statistic()).isEqualTo(1.0);
        assertThat(result.signedRank().orElseThrow().nonZeroChanges()).isEqualTo(8);
        assertThat(result.signedRank().orElseThrow().p()).isCloseTo(0.015625, within(CLOSE));
        assertThat(result.signedRank().orElseThrow().method()).isEqualTo(Method.EXACT);
        assertThat(result.caveats()).doesNotContain(PairedCaveat.SIGNED_RANK_APPROXIMATED, PairedCaveat.ZERO_CHANGES_LEFT_OUT_OF_SIGNED_RANK);
    }

    @Test
    void fortyPairsWithTiesAndAZeroChangeMatchScipysCorrectedNormalApproximation() {
        int[] baseline = {19, 23, 1, 13, 19, 21, 17, 21, 15, 17, 15, 9, 10, 16, 11, 20, 20, 23, 14, 21,
                9, 10, 14, 15, 6, 5, 16, 10, 20, 16, 16, 15, 18, 13, 19, 11, 13, 11, 17, 14};
        int[] later = {19, 12, 0, 10, 14, 11, 15, 15, 12, 20, 9, 2, 8, 13, 14, 23, 19, 17, 13, 17,
                2, 7, 9, 6, 8, 0, 21, 5, 16, 15, 17, 12, 17, 10, 20, 6, 14, 9, 16, 6};
        PairedResult result = PairedAnalysis.of(pairs(baseline, later), FACTS);

        assertThat(result.n()).isEqualTo(40);
        assertThat(result.baseline().mean().getAsDouble()).isCloseTo(14.825, within(CLOSE));
        assertThat(result.later().sd().getAsDouble()).isCloseTo(5.859410577, within(1e-8));
        assertThat(result.meanChangeCi95().orElseThrow().lower()).isCloseTo(-4.034635386, within(1e-8));
        assertThat(result.meanChangeCi95().orElseThrow().upper()).isCloseTo(-1.665364614, within(1e-8));
        assertThat(result.tTest().orElseThrow().t()).isCloseTo(-4.866196967, within(1e-8));
        assertThat(result.tTest().orElseThrow().degreesOfFreedom()).isEqualTo(39);
        assertThat(result.tTest().orElseThrow().p()).isCloseTo(1.90866568e-05, within(1e-12));
        assertThat(result.cohensDz().getAsDouble()).isCloseTo(-0.7694132979, within(1e-9));
        assertThat(result.signedRank().orElseThrow().statistic()).isEqualTo(108.0);
        assertThat(result.signedRank().orElseThrow().nonZeroChanges()).isEqualTo(39);
        assertThat(result.signedRank().orElseThrow().p()).isCloseTo(8.069723896e-05, within(1e-12));
        assertThat(result.signedRank().orElseThrow().method()).isEqualTo(Method.NORMAL_APPROXIMATION);
        assertThat(result.caveats()).contains(PairedCaveat.SIGNED_RANK_APPROXIMATED, PairedCaveat.ZERO_CHANGES_LEFT_OUT_OF_SIGNED_RANK);
    }

    @Test
    void twelvePairsWithTiesAndZeroChangesUseTheTieCorrectedApproximationEvenBelowThirty() {
        PairedResult result = PairedAnalysis.of(pairs(new int[] {14, 10, 12, 9, 15, 11, 13, 10, 8, 16, 12, 11},
                new int[] {11, 10, 9, 9, 12, 13, 13, 8, 6, 12, 10, 9}), FACTS);

        assertThat(result.meanChangeCi95().orElseThrow().lower()).isCloseTo(-2.682435524, within(1e-8));
        assertThat(result.meanChangeCi95().orElseThrow().upper()).isCloseTo(-0.4842311424, within(1e-8));
        assertThat(result.tTest().orElseThrow().t()).isCloseTo(-3.170672572, within(1e-8));
        assertThat(result.tTest().orElseThrow().p()).isCloseTo(0.008907936341, within(1e-11));
        assertThat(result.cohensDz().getAsDouble()).isCloseTo(-0.9152943314, within(1e-9));
        // changes -3 0 -3 0 -3 2 0 -2 -2 -4 -2 -2: three zeros dropped; of the nine left |3| ties three times, |2| five times
        assertThat(result.signedRank().orElseThrow().nonZeroChanges()).isEqualTo(9);
        assertThat(result.signedRank().orElseThrow().statistic()).isEqualTo(3.0);
        assertThat(result.signedRank().orElseThrow().p()).isCloseTo(0.02145589083, within(1e-10));
        assertThat(result.signedRank().orElseThrow().method()).isEqualTo(Method.NORMAL_APPROXIMATION);
    }

    @Test
    void theSignedRankTestDoesNotDependOnWhichTimePointComesFirstWhenSomeoneDidNotChange() {
        // Commons Math alone adds a zero change's rank to one side by argument order (33.5 versus 32.5 here)
        int[] baseline = {10, 12, 9, 14, 8, 11, 15, 13};
        int[] later = {7, 9, 9, 10, 9, 6, 11, 12};
        PairedResult forwards = PairedAnalysis.of(pairs(baseline, later), FACTS);
        PairedResult backwards = PairedAnalysis.of(pairs(later, baseline), FACTS);

        assertThat(backwards.signedRank().orElseThrow().statistic()).isEqualTo(forwards.signedRank().orElseThrow().statistic());
        assertThat(backwards.signedRank().orElseThrow().p()).isEqualTo(forwards.signedRank().orElseThrow().p());
        assertThat(forwards.signedRank().orElseThrow().nonZeroChanges()).isEqualTo(7);
    }

    static List<PairedScore> pairs(int[] baseline, int[] later) {
        List<PairedScore> scores = new ArrayList<>();
        for (int i = 0; i < baseline.length; i++) {
            scores.add(new PairedScore(baseline[i], later[i]));
        }
        return scores;
    }
}
