package org.babysteps.programme;

/**
 * A condition every licence for the programme carries, with the thresholds its compliance is judged by.
 *
 * @param frequencyWeeks    how often something must happen (e.g. supervision every 6 weeks); null when not timed
 * @param metAtPercent      the share of cases that must comply for the condition to be met, e.g. 100
 * @param atRiskFromPercent at or above this share (but below {@code metAtPercent}) the condition is at risk;
 *                          below it, not met
 */
public record LicenceConditionDefinition(String code, LicenceConditionType type, String title, String description,
                                         Integer frequencyWeeks, int metAtPercent, int atRiskFromPercent) {
}
