package org.babysteps.site.adaptation;

import java.util.ArrayList;
import java.util.List;
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

    /** Throws the first of {@link #problems} (in form order), if any. */
    public void checkDecision(AdaptationStatus current, AdaptationStatus decision, String reason, String conditions) {
        List<SiteChangeRejectedException> problems = problems(current, decision, reason, conditions);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    /**
     * Every problem with the decision, each naming its form field (null: the request as a whole, which is then the
     * only problem), so a form can show them all at once.
     */
    public List<SiteChangeRejectedException> problems(AdaptationStatus current, AdaptationStatus decision, String reason,
                                                      String conditions) {
        if (current != AdaptationStatus.REQUESTED) {
            return List.of(closed(current));
        }
        List<SiteChangeRejectedException> problems = new ArrayList<>();
        if (decision == null || !DECISIONS.contains(decision)) {
            problems.add(new SiteChangeRejectedException("decision", "Select approve, approve with conditions or decline"));
        }
        if (decision == AdaptationStatus.APPROVED_WITH_CONDITIONS && (conditions == null || conditions.isBlank())) {
            problems.add(new SiteChangeRejectedException("conditions", "Enter the conditions of the approval"));
        } else if (conditions != null && conditions.length() > MAX_TEXT) {
            problems.add(new SiteChangeRejectedException("conditions", "Conditions must be " + MAX_TEXT + " characters or fewer"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new SiteChangeRejectedException("reason", "Enter the reasoning for the decision"));
        } else if (reason.length() > MAX_TEXT) {
            problems.add(new SiteChangeRejectedException("reason", "Reasoning must be " + MAX_TEXT + " characters or fewer"));
        }
        return problems;
    }

    public void checkWithdrawal(AdaptationStatus current) {
        if (current != AdaptationStatus.REQUESTED) {
            throw closed(current);
        }
    }

    private static SiteChangeRejectedException closed(AdaptationStatus current) {
        return new SiteChangeRejectedException(null, "This request is no longer awaiting a decision: it is "
                + current.label().toLowerCase() + ", and that cannot be changed");
    }
}
