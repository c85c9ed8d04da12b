package org.babysteps.reporting.evidence;

/**
 * Small-number suppression for figures that leave the site: a count of families under 5 could point to someone,
 * so it is shown as "fewer than 5", and so is any rate built on such a count (the part, the whole or the rest).
 * Differences between two shown counts (referred minus eligible) are not protected: see the README.
 */
public final class SmallNumbers {

    static final int THRESHOLD = 5;
    public static final String FEWER_THAN_5 = "fewer than 5";

    private SmallNumbers() {
    }

    public static String count(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + n);
        }
        return n < THRESHOLD ? FEWER_THAN_5 : Long.toString(n);
    }

    /** Whether a count of families is shown exactly beyond the site. */
    public static boolean shown(long n) {
        return n >= THRESHOLD;
    }

    /** "75%", or a note that it is not shown; "no data" when there is nothing to divide by. */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return "no data";
        }
        // the rest (whole - part) is as revealing as the part: "83% of 6 completed" says one family did not
        long rest = whole - part;
        if (part < THRESHOLD || whole < THRESHOLD || (rest > 0 && rest < THRESHOLD)) {
            return "not shown (fewer than 5 families)";
        }
        return Math.round(100.0 * part / whole) + "%";
    }
}
