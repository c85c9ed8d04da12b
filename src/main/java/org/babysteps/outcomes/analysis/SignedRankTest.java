package org.babysteps.outcomes.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.babysteps.outcomes.PairedCaveat;
import org.babysteps.outcomes.PairedSignedRank;
import org.babysteps.outcomes.PairedSignedRank.Method;

/**
 * The Wilcoxon signed-rank test on the changes, with Commons Math 3.6.1's {@link WilcoxonSignedRankTest} for the
 * rank sum and the exact p-value. Three things it does differently from SciPy, and what we do about each:
 * <ul>
 * <li>Zero changes: Commons Math ranks them and adds their ranks to the rank sum of the side that is not
 *     "positive" for the argument order, so the statistic depends on which sample comes first (for our n = 8 data
 *     with one zero change: 33.5 one way round, 32.5 the other). We drop zero changes first, as Wilcoxon did and
 *     SciPy's default {@code zero_method='wilcox'} does, and report how many changes were left.</li>
 * <li>Ties: its exact p-value enumerates the untied ranks 1..n, which is not the null distribution when changes
 *     tie, so with ties we use the normal approximation with the tie-corrected variance.</li>
 * <li>Normal approximation: it computes z = (W_min − n(n+1)/4 − 0.5) / σ, a continuity correction away from the
 *     mean that makes p too small, and without the tie correction. So for that p we compute
 *     z = (|T − n(n+1)/4| − 0.5) / σ_tie-corrected ourselves and take the normal distribution from Commons Math:
 *     SciPy's {@code wilcoxon(..., method='asymptotic', correction=True)}.</li>
 * </ul>
 * The exact path is therefore used up to 30 non-zero changes without ties (Commons Math's limit), the
 * approximation otherwise. SciPy's 'auto' would run a permutation test for tied samples up to 13; we do not.
 */
final class SignedRankTest {

    static final int EXACT_LIMIT = 30;

    private SignedRankTest() {
    }

    /** Empty when no change is non-zero (there is nothing to rank); notes what it left out or approximated. */
    static Optional<PairedSignedRank> test(double[] changes, Set<PairedCaveat> caveats) {
        double[] nonZero = Arrays.stream(changes).filter(change -> change != 0).toArray();
        if (nonZero.length == 0) {
            caveats.add(PairedCaveat.NO_CHANGE_AT_ALL);
            return Optional.empty();
        }
        if (nonZero.length < changes.length) {
            caveats.add(PairedCaveat.ZERO_CHANGES_LEFT_OUT_OF_SIGNED_RANK);
        }
        int n = nonZero.length;
        double[] zeros = new double[n];
        WilcoxonSignedRankTest wilcoxon = new WilcoxonSignedRankTest();
        double larger = wilcoxon.wilcoxonSignedRank(nonZero, zeros);
        double smaller = n * (n + 1) / 2.0 - larger;
        double[] tieSizes = tieSizes(nonZero);
        if (n <= EXACT_LIMIT && tieSizes.length == 0) {
            return Optional.of(new PairedSignedRank(smaller, n, wilcoxon.wilcoxonSignedRankTest(nonZero, zeros, true), Method.EXACT));
        }
        caveats.add(PairedCaveat.SIGNED_RANK_APPROXIMATED);
        return Optional.of(new PairedSignedRank(smaller, n, approximateP(smaller, n, tieSizes), Method.NORMAL_APPROXIMATION));
    }

    private static double approximateP(double statistic, int n, double[] tieSizes) {
        double tieTerm = Arrays.stream(tieSizes).map(t -> t * t * t - t).sum();
        double variance = n * (n + 1.0) * (2 * n + 1.0) / 24.0 - tieTerm / 48.0;
        // the continuity correction moves the statistic half a rank towards the mean, never past it
        double distance = Math.max(0, Math.abs(statistic - n * (n + 1) / 4.0) - 0.5);
        double z = distance / Math.sqrt(variance);
        return Math.min(1.0, 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-z));
    }

    /** The sizes of the groups of equal absolute changes with more than one member. */
    private static double[] tieSizes(double[] nonZero) {
        double[] magnitudes = Arrays.stream(nonZero).map(Math::abs).sorted().toArray();
        List<Double> sizes = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= magnitudes.length; i++) {
            if (i == magnitudes.length || magnitudes[i] != magnitudes[start]) {
                if (i - start > 1) {
                    sizes.add((double) (i - start));
                }
                start = i;
            }
        }
        return sizes.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
