package org.babysteps.outcomes;

/** The paired t-test of the mean change against zero: t statistic, degrees of freedom (n − 1), two-sided p. */
public record PairedTTest(double t, int degreesOfFreedom, double p) {
}
