package org.babysteps.reporting.evaluation;

import java.util.List;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.ReferenceSd;
import org.babysteps.reporting.ReportingPeriod;

/** The methods note of a report: who is counted, what is missing and why, and what the figures cannot say. */
final class MethodsNote {

    private MethodsNote() {
    }

    static List<String> of(ReportingPeriod period, OutcomeComparison comparison) {
        String compared = comparison.label().toLowerCase(java.util.Locale.UK);
        return List.of(
                "Who is included. Reach and delivery count every family and group session of the site between "
                        + period.label() + ", from the records the site keeps on this platform. The outcomes include each"
                        + " parent who completed the same questionnaire at two time points (" + compared + "), the later"
                        + " one in the period.",
                "Missing data. Parents with a baseline questionnaire but no later one by the end of the period are"
                        + " counted (\"without a later score\") and left out of the analysis: they may have left the"
                        + " programme, or their later questionnaire may not have been due yet. Where a few answers are"
                        + " missing, a score is prorated as the questionnaire's authors allow; with more missing there is"
                        + " no score.",
                "Statistics. Mean change with its 95% confidence interval, the paired t-test and the Wilcoxon"
                        + " signed-rank test, Cohen's d for paired data, reliable change and, where a questionnaire has a"
                        + " clinical cut-off, clinically significant change. They are worked out with Apache Commons Math"
                        + " and checked against independently computed values.",
                "Reliable change. A parent's change counts as reliable when it is larger than the questionnaire's"
                        + " measurement error, judged by the same yardstick at every site so that the percentages compare:"
                        + " a published reliable-change threshold where there is one; otherwise the Jacobson and Truax"
                        + " index from the questionnaire's published reliability and the spread of a published reference"
                        + " population or, where none is published, of all sites' baseline scores (each parent's latest"
                        + " baseline, worked out daily). Only while fewer than " + ReferenceSd.MINIMUM_BASELINES
                        + " parents across all sites have a baseline score does the site's own baseline spread stand in,"
                        + " and then the figure cannot be compared with other sites. The notes under each questionnaire"
                        + " say which was used.",
                "No comparison group. Nobody was assigned to go without the programme, so a change cannot be put"
                        + " down to Baby Steps alone: parents' wellbeing also changes with time after the birth, and"
                        + " people who start with high scores tend to score lower when asked again.",
                "All sites. The comparison pools the parents of every site delivering Baby Steps under licence, this"
                        + " site included, for the same period and time points.",
                "Small numbers. So that no family can be identified, counts under 5 are shown as \"fewer than 5\", and"
                        + " so are percentages and figures built on them; no bar is drawn for them.",
                "The figures are worked out from the records when the report is opened, so data entered late can"
                        + " change them; the date and time they were worked out is on the report.");
    }
}
