package org.babysteps.outcomes.response;

import org.babysteps.platform.RuleViolationException;

/**
 * A completed response is final: its answers may have raised a safeguarding alert and are evidence in the pre/post
 * analysis, so they cannot be changed, and each parent completes an instrument once per time point.
 */
final class ResponseCompletionPolicy {

    private ResponseCompletionPolicy() {
    }

    /** Refuses any change to a response that is already completed. */
    static void refuseChangeTo(ResponseRecord response) {
        if (response.completed()) {
            throw new RuleViolationException(null, "This questionnaire is already completed; completed answers "
                    + "cannot be changed");
        }
    }

    /** Refuses a second completion when the parent already completed the instrument at the time point. */
    static void refuseSecondCompletion(boolean alreadyCompleted, String parentName, String instrumentCode) {
        if (alreadyCompleted) {
            throw secondCompletion(parentName, instrumentCode);
        }
    }

    /** The refusal of a second completion, also for one that lost a race with another completion. */
    static RuleViolationException secondCompletion(String parentName, String instrumentCode) {
        return new RuleViolationException("instrument", parentName + " has already completed ‘" + instrumentCode
                + "’ at this time point; a completed questionnaire is final");
    }
}
