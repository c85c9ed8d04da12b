package org.babysteps.outcomes;

/** Which way an instrument's score gets worse: GAD-7 and EPDS are worse higher, CSI-4 and Rosenberg worse lower. */
public enum PairedDirection {
    HIGHER_IS_WORSE,
    LOWER_IS_WORSE;

    /** Whether a change (later minus baseline) is a move for the better; no change is neither better nor worse. */
    public boolean isBetter(double change) {
        return this == HIGHER_IS_WORSE ? change < 0 : change > 0;
    }

    public boolean isWorse(double change) {
        return this == HIGHER_IS_WORSE ? change > 0 : change < 0;
    }
}
