package org.babysteps.outcomes;

/**
 * A safeguarding signal an answer raises at once, e.g. any score above 0 on EPDS item 10 (thoughts of self-harm),
 * or a total at or above a threshold.
 *
 * @param code        stable code within the instrument, e.g. "self-harm"; alerts keep it
 * @param kind        whether an item's score or the total is tested
 * @param itemNumber  the item tested, for {@link Kind#ITEM_ABOVE}; null for {@link Kind#TOTAL_AT_LEAST}
 * @param threshold   ITEM_ABOVE: fires when the item's score is greater than this; TOTAL_AT_LEAST: fires when
 *                    the total is this or more
 * @param staffAction what the facilitator or site lead must do, in words for staff
 * @param parentHelp  "where to get help now", shown to a parent completing the questionnaire alone
 */
public record RiskRule(String code, Kind kind, Integer itemNumber, int threshold, String staffAction,
                       String parentHelp) {

    /** What a rule tests. */
    public enum Kind {
        /** One item's score is above the threshold. */
        ITEM_ABOVE,
        /** The (possibly prorated) total is at or above the threshold. */
        TOTAL_AT_LEAST
    }

    /** Whether a score fires the rule: an item's score for item rules, the total for total rules. */
    public boolean firesOn(int observed) {
        return kind == Kind.ITEM_ABOVE ? observed > threshold : observed >= threshold;
    }
}
