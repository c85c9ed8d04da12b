package org.babysteps.outcomes.analysis;

import java.util.OptionalDouble;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.babysteps.outcomes.PairedSummary;

/** Means and sample SDs, left empty rather than NaN where there are too few values. */
final class Descriptives {

    private Descriptives() {
    }

    static PairedSummary summarise(double[] values) {
        SummaryStatistics statistics = new SummaryStatistics();
        for (double value : values) {
            statistics.addValue(value);
        }
        OptionalDouble mean = values.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(statistics.getMean());
        // SummaryStatistics gives the n - 1 (sample) standard deviation, which is undefined for one value
        OptionalDouble sd = values.length < 2 ? OptionalDouble.empty() : OptionalDouble.of(statistics.getStandardDeviation());
        return new PairedSummary(mean, sd);
    }

    /** Whether the values do not vary: then a t statistic would divide by zero. */
    static boolean allEqual(double[] values) {
        for (double value : values) {
            if (value != values[0]) {
                return false;
            }
        }
        return true;
    }
}
