package org.babysteps.outcomes;

/**
 * Jacobson–Truax reliable change: SE_diff = SD × √2 × √(1 − r); a person's change is reliable when
 * |change / SE_diff| > 1.96, i.e. larger than measurement error alone would produce 95% of the time.
 * Improved and deteriorated follow the instrument's direction.
 *
 * @param sd       the SD used: the instrument's normative SD, or the baseline sample's ({@link #sdSource()})
 */
public record PairedReliableChange(double sd, SdSource sdSource, double seDifference,
                                   int improved, int unchanged, int deteriorated) {

    public static final double CRITICAL_RCI = 1.96;

    public enum SdSource { NORMATIVE, BASELINE_SAMPLE }

    /** The smallest change that counts as reliable, in score points (exclusive). */
    public double reliableChangeThreshold() {
        return CRITICAL_RCI * seDifference;
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
