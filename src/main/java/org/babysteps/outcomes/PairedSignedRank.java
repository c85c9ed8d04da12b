package org.babysteps.outcomes;

/**
 * The Wilcoxon signed-rank test of the changes. Zero changes are left out before ranking (Wilcoxon's own
 * convention, SciPy's default), so {@code nonZeroChanges} may be fewer than the pairs. The statistic is the
 * smaller of the two rank sums (as SciPy and most textbooks report it), tied changes sharing their average rank.
 *
 * @param method {@code EXACT}: the exact null distribution (Commons Math, up to 30 non-zero changes with no ties);
 *               {@code NORMAL_APPROXIMATION}: above 30, or with ties, where the exact distribution does not hold
 */
public record PairedSignedRank(double statistic, int nonZeroChanges, double p, Method method) {

    public enum Method { EXACT, NORMAL_APPROXIMATION }
}
