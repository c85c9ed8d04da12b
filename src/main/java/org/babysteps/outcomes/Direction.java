package org.babysteps.outcomes;

/** Which way an instrument's total gets worse: EPDS, GAD-7 and PHQ-9 upwards, self-esteem and CSI-4 downwards. */
public enum Direction {
    HIGHER,
    LOWER;

    /** The change from {@code before} to {@code after} as an improvement: positive is better, whichever way. */
    public int improvement(int before, int after) {
        return this == HIGHER ? before - after : after - before;
    }
}
