package org.babysteps.outcomes;

/**
 * A risk rule an answer set fired.
 *
 * @param rule     the rule, with the action it asks of staff and the help text for parents
 * @param observed the score that fired it: the item's score for an item rule, the total for a total rule
 */
public record RiskHit(RiskRule rule, int observed) {
}
