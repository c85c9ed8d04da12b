package org.babysteps.outcomes;

/**
 * One row of an outcomes table, formatted and already suppressed for its audience: every value is text to show.
 *
 * @param pairs                 parents with both scores, or "fewer than 5"
 * @param baseline              mean (SD) at baseline
 * @param later                 mean (SD) at the later time point
 * @param meanChange            mean change (later minus baseline)
 * @param confidenceInterval    its 95% confidence interval
 * @param tTestP                paired t-test p
 * @param signedRankP           Wilcoxon signed-rank p
 * @param effectSize            Cohen's d_z
 * @param reliablyImproved      % with reliable improvement
 * @param reliablyUnchanged     % with no reliable change
 * @param reliablyDeteriorated  % with reliable deterioration
 * @param clinicallySignificant recovered of those who started in the clinical range, or why not shown
 * @param withoutLaterScore     parents with a baseline but no later score by the end of the period
 * @param sentence              the plain-English summary
 */
public record OutcomeRow(String label, String pairs, String baseline, String later, String meanChange,
                         String confidenceInterval, String tTestP, String signedRankP, String effectSize,
                         String reliablyImproved, String reliablyUnchanged, String reliablyDeteriorated,
                         String clinicallySignificant, String withoutLaterScore, String sentence) {
}
