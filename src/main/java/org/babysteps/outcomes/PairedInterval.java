package org.babysteps.outcomes;

/** A confidence interval, lower bound first. */
public record PairedInterval(double lower, double upper) {
}
