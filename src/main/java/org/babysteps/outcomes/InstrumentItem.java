package org.babysteps.outcomes;

import java.util.List;
import java.util.Optional;

/**
 * One question of an instrument.
 *
 * @param number  the item's number as published (1..n), the key answers are given by
 * @param text    the question, exactly as published
 * @param options the answers offered, in the order shown; their values are distinct and, for a reverse-scored
 *                item, a contiguous range
 * @param reverse whether the item is reverse scored: score = lowest value + highest value - chosen value
 */
public record InstrumentItem(int number, String text, List<ResponseOption> options, boolean reverse) {

    public InstrumentItem {
        options = List.copyOf(options);
    }

    public int minValue() {
        return options.stream().mapToInt(ResponseOption::value).min().orElseThrow();
    }

    public int maxValue() {
        return options.stream().mapToInt(ResponseOption::value).max().orElseThrow();
    }

    /** The option with this value, if the item offers one. */
    public Optional<ResponseOption> option(int value) {
        return options.stream().filter(option -> option.value() == value).findFirst();
    }

    /**
     * The score of a chosen value. The caller has checked the value is one of the options
     * ({@link InstrumentScoring} does, and refuses answers that are not).
     */
    public int score(int chosenValue) {
        return reverse ? minValue() + maxValue() - chosenValue : chosenValue;
    }
}
