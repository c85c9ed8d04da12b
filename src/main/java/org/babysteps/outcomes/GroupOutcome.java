package org.babysteps.outcomes;

/**
 * The pre/post result of one instrument for one group of parents.
 *
 * @param group              whose scores
 * @param result             the paired analysis of those who completed both time points (raw, unsuppressed)
 * @param withoutLaterScore  parents with a baseline by the end of the period but no later score by then: lost to
 *                           follow-up, or not yet due (see {@link OutcomeAnalysis})
 */
public record GroupOutcome(ParentGroup group, PairedResult result, int withoutLaterScore) {
}
