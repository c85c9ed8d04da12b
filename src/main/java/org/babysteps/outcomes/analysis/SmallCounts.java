package org.babysteps.outcomes.analysis;

import org.babysteps.outcomes.PairedAudience;

/**
 * "part of whole" in words, with small-number suppression for audiences beyond the site: a part under 5 is
 * "fewer than 5", and so is a rest under 5 ("more than 7 of 12"), since 11 of 12 says one family did not.
 * The same rule as reporting's SmallNumbers, which this module cannot use (reporting depends on outcomes).
 */
public final class SmallCounts {

    public static final int THRESHOLD = 5;

    private final PairedAudience audience;

    public SmallCounts(PairedAudience audience) {
        this.audience = audience;
    }

    public boolean suppresses(int count) {
        return audience == PairedAudience.BEYOND_THE_SITE && count < THRESHOLD;
    }

    /** Whether "part of whole" is shown exactly: neither the part nor the rest is a small count. */
    public boolean showsExactly(int part, int whole) {
        return !suppresses(part) && !suppresses(whole - part);
    }

    /** "7 of 12", "none of the 12", "all 12", or suppressed: "fewer than 5 of 12", "more than 7 of 12". */
    public String partOf(int part, int whole) {
        if (suppresses(part)) {
            return "fewer than " + THRESHOLD + " of " + whole;
        }
        if (suppresses(whole - part)) {
            return "more than " + (whole - THRESHOLD) + " of " + whole;
        }
        if (part == 0) {
            return "none of the " + whole;
        }
        return part == whole ? "all " + whole : part + " of " + whole;
    }

    /** A count on its own: the number, or "fewer than 5". */
    public String count(int count) {
        return suppresses(count) ? "fewer than " + THRESHOLD : Integer.toString(count);
    }
}
