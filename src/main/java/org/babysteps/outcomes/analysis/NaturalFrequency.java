package org.babysteps.outcomes.analysis;

/** A proportion as "about 7 in 10", which readers grasp faster than 68%. */
public final class NaturalFrequency {

    private NaturalFrequency() {
    }

    /** "7 in 10" when exact, "about 7 in 10" otherwise; never "10 in 10" or "0 in 10" unless it is everyone or nobody. */
    public static String inTen(int part, int whole) {
        if (whole <= 0 || part < 0 || part > whole) {
            throw new IllegalArgumentException("Not a proportion: " + part + " of " + whole);
        }
        if (whole == 10 || part == 0 || part == whole) {
            // exact: nobody and everybody are not "about"
            return Math.round(10.0 * part / whole) + " in 10";
        }
        long tenths = Math.round(10.0 * part / whole);
        if (tenths == 10 && part < whole) {
            return "more than 9 in 10";
        }
        if (tenths == 0 && part > 0) {
            return "fewer than 1 in 10";
        }
        return "about " + tenths + " in 10";
    }
}
