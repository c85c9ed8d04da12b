package org.babysteps.outcomes.analysis;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;
import org.babysteps.outcomes.PairedInterval;
import org.babysteps.outcomes.PairedTTest;

/**
 * The paired t-test and the 95% confidence interval of the mean change (Commons Math). Only called with at least
 * two changes that vary: with fewer there are no degrees of freedom, and with no variation t divides by zero.
 */
final class MeanChangeTest {

    private static final double TWO_SIDED_95 = 0.975;

    private MeanChangeTest() {
    }

    /** Commons Math's paired test works on the first sample minus the second: later minus baseline, as our change. */
    static PairedTTest tTest(double[] later, double[] baseline) {
        TTest test = new TTest();
        return new PairedTTest(test.pairedT(later, baseline), later.length - 1, test.pairedTTest(later, baseline));
    }

    static PairedInterval confidenceInterval95(double[] changes) {
        SummaryStatistics statistics = new SummaryStatistics();
        for (double change : changes) {
            statistics.addValue(change);
        }
        // a null random generator: we only need the quantile, never a sample
        double tCritical = new TDistribution(null, changes.length - 1).inverseCumulativeProbability(TWO_SIDED_95);
        double halfWidth = tCritical * statistics.getStandardDeviation() / Math.sqrt(changes.length);
        return new PairedInterval(statistics.getMean() - halfWidth, statistics.getMean() + halfWidth);
    }

    /** Cohen's d for paired data, d_z: the mean change over the SD of the changes. */
    static double cohensDz(double[] changes) {
        SummaryStatistics statistics = new SummaryStatistics();
        for (double change : changes) {
            statistics.addValue(change);
        }
        return statistics.getMean() / statistics.getStandardDeviation();
    }
}
