package org.babysteps.outcomes;

/**
 * A risk rule an alert was raised for, with what staff must do as the instrument's version said it.
 *
 * @param ruleCode    the instrument's rule code, e.g. "self-harm"
 * @param staffAction the action the rule asks of the facilitator or site lead
 */
public record AlertRuleHit(String ruleCode, String staffAction) {
}
