package org.babysteps.programme;

import java.util.Set;

/** A family has completed when it had every required home visit and attended enough group sessions. */
public record CompletionRule(Set<String> requiredVisitCodes, int minimumGroupSessions) {

    public CompletionRule {
        requiredVisitCodes = Set.copyOf(requiredVisitCodes);
    }
}
