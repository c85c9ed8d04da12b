package org.babysteps.outcomes;

import org.babysteps.platform.RuleViolationException;

/**
 * An answer that is not one the instrument offers: an unknown item number, or a value that is not an option of
 * its item. Nothing is scored when one answer is refused. Pages show the message next to the item's field
 * ("item-10"); the API answers 422.
 */
public class AnswerOutOfRangeException extends RuleViolationException {

    private final int itemNumber;

    public AnswerOutOfRangeException(int itemNumber, String message) {
        super("item-" + itemNumber, message);
        this.itemNumber = itemNumber;
    }

    /** The item whose answer was refused. */
    public int itemNumber() {
        return itemNumber;
    }
}
