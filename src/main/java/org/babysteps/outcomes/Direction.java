package org.babysteps.outcomes;

/** Which way an instrument's total gets worse: EPDS, GAD-7 and PHQ-9 upwards, self-esteem and CSI-4 downwards. */
public enum Direction {
    HIGHER,
    LOWER;

    /** The change from {@code before} to {@code after} as an improvement: positive is better, whichever way. */
    public int improvement(int before, int after) {
        return this == HIGHER ? before - after : after - before;
    }

    /** Whether a change (later minus baseline) is a move for the better; no change is neither better nor worse. */
    public boolean isBetter(double change) {
        return this == HIGHER ? change < 0 : change > 0;
    }

    public boolean isWorse(double change) {
        return this == HIGHER ? change > 0 : change < 0;
    }
}
