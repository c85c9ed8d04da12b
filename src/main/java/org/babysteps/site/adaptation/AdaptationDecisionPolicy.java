package org.babysteps.site.adaptation;

import java.util.Set;
import org.babysteps.site.AdaptationStatus;
import org.babysteps.site.SiteChangeRejectedException;

/**
 * The life of an adaptation request: it awaits a decision until the licensor approves it, approves it with
 * conditions or declines it, always with reasoning; or until the site withdraws it. Every other state is final,
 * so a decided request cannot be decided again.
 */
public final class AdaptationDecisionPolicy {

    static final Set<AdaptationStatus> DECISIONS =
            Set.of(AdaptationStatus.APPROVED, AdaptationStatus.APPROVED_WITH_CONDITIONS, AdaptationStatus.DECLINED);
    static final int MAX_TEXT = 4000;

    /** Throws {@link SiteChangeRejectedException} naming the first problem's field (null: the request as a whole). */
    public void checkDecision(AdaptationStatus current, AdaptationStatus decision, String reason, String conditions) {
        awaitingDecision(current);
        if (decision == null || !DECISIONS.contains(decision)) {
            throw new SiteChangeRejectedException("decision", "Select approve, approve with conditions or decline");
        }
        if (decision == AdaptationStatus.APPROVED_WITH_CONDITIONS && (conditions == null || conditions.isBlank())) {
            throw new SiteChangeRejectedException("conditions", "Enter the conditions of the approval");
        }
        if (conditions != null && conditions.length() > MAX_TEXT) {
            throw new SiteChangeRejectedException("conditions", "Conditions must be " + MAX_TEXT + " characters or fewer");
        }
        if (reason == null || reason.isBlank()) {
            throw new SiteChangeRejectedException("reason", "Enter the reasoning for the decision");
        }
        if (reason.length() > MAX_TEXT) {
            throw new SiteChangeRejectedException("reason", "Reasoning must be " + MAX_TEXT + " characters or fewer");
        }
    }

    public void checkWithdrawal(AdaptationStatus current) {
        awaitingDecision(current);
    }

    private static void awaitingDecision(AdaptationStatus current) {
        if (current != AdaptationStatus.REQUESTED) {
            throw new SiteChangeRejectedException(null, "This request is no longer awaiting a decision: it is "
                    + current.label().toLowerCase() + ", and that cannot be changed");
        }
    }
}
