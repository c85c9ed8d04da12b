package org.babysteps.outcomes;

/** One person's score on one instrument at baseline and at a later time point; change is later minus baseline. */
public record PairedScore(double baseline, double later) {

    public PairedScore {
        if (!Double.isFinite(baseline) || !Double.isFinite(later)) {
            throw new IllegalArgumentException("A paired score needs two finite scores, not " + baseline + " and " + later);
        }
    }

    public double change() {
        return later - baseline;
    }
}
