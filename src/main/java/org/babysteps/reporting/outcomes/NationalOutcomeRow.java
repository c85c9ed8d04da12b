package org.babysteps.reporting.outcomes;

import org.babysteps.outcomes.OutcomeRow;

/**
 * One site's (or all sites') line of the national outcomes table: the figures as shown, suppressed for an audience
 * beyond the site, and whether they are shown at all (fewer than 5 pairs are not).
 *
 * @param improvement mean change turned so that positive is better, for sorting; 0 when not shown
 * @param improvedPercent % reliably improved, for sorting; null when not shown
 */
public record NationalOutcomeRow(String siteName, OutcomeRow figures, boolean shown, int pairs, double improvement,
                                 Double improvedPercent) {
}
