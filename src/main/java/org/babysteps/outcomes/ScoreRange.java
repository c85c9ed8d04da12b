package org.babysteps.outcomes;

/** The totals an instrument can produce, inclusive: the sum of its items' lowest and highest scores. */
public record ScoreRange(int min, int max) {

    public boolean contains(int total) {
        return total >= min && total <= max;
    }
}
