package org.babysteps.outcomes;

/**
 * One answer a respondent can choose for an item.
 *
 * @param label what the respondent reads, exactly as published
 * @param value the value recorded when it is chosen; the item's score is this value, or for a reverse-scored item
 *              its mirror (see {@link InstrumentItem#score(int)})
 */
public record ResponseOption(String label, int value) {
}
