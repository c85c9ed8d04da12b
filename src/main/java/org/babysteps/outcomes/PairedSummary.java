package org.babysteps.outcomes;

import java.util.OptionalDouble;

/** Mean and sample standard deviation (n − 1) of some scores; empty where there are too few scores to have one. */
public record PairedSummary(OptionalDouble mean, OptionalDouble sd) {
}
