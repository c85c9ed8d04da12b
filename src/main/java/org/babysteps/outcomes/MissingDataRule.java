package org.babysteps.outcomes;

/**
 * How an instrument is scored with unanswered items: with at most {@code maxMissingToProrate} missing the total is
 * prorated, total = round(sum x items / answered) rounding halves up; with more missing there is no total.
 */
public record MissingDataRule(int maxMissingToProrate) {

    public boolean allowsTotal(int missing) {
        return missing <= maxMissingToProrate;
    }
}
