package org.babysteps.outcomes;

/**
 * Reliable change: how many parents' change is larger than measurement error, judged by one
 * {@link ReliableChangeYardstick}. Improved and deteriorated follow the instrument's direction.
 */
public record PairedReliableChange(ReliableChangeYardstick yardstick, int improved, int unchanged, int deteriorated) {

    public static final double CRITICAL_RCI = 1.96;

    /**
     * What a change is measured against: a published threshold in points, a published reference population's SD,
     * the SD of all sites' baselines, or (only while all sites have too few baselines) the analysed group's own.
     */
    public enum SdSource { PUBLISHED_THRESHOLD, NORMATIVE, ALL_SITES_REFERENCE, BASELINE_SAMPLE }

    public SdSource sdSource() {
        return yardstick.source();
    }

    public int total() {
        return improved + unchanged + deteriorated;
    }

    public double improvedPercent() {
        return 100.0 * improved / total();
    }

    public double unchangedPercent() {
        return 100.0 * unchanged / total();
    }

    public double deterioratedPercent() {
        return 100.0 * deteriorated / total();
    }
}
