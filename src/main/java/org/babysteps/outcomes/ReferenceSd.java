package org.babysteps.outcomes;

import java.time.LocalDate;

/**
 * The spread of all sites' baseline totals of an instrument on a day: the standard deviation of each parent's latest
 * completed baseline (with current consent to evaluation use), the yardstick of reliable change for instruments with
 * neither a published threshold nor a published reference SD. An aggregate; it names no site and no parent.
 *
 * @param sd         the sample standard deviation, or null when fewer than 2 parents had a baseline
 * @param baselines  how many parents' baselines it was worked out from
 * @param computedOn the day it was worked out (UK)
 */
public record ReferenceSd(String instrumentCode, Double sd, int baselines, LocalDate computedOn) {

    /** Below this many baselines a reference SD is too uncertain to judge other sites' parents by. */
    public static final int MINIMUM_BASELINES = 30;

    public ReferenceSd {
        if (baselines < 0 || (sd != null && !(sd >= 0 && Double.isFinite(sd)))) {
            throw new IllegalArgumentException("Not a standard deviation of " + baselines + " baselines: " + sd);
        }
    }

    /** Enough baselines, and some spread among them: an SD of 0 would make every change reliable. */
    public boolean usable() {
        return baselines >= MINIMUM_BASELINES && sd != null && sd > 0;
    }
}
