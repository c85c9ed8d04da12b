package org.babysteps.programme;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** Whether a family has completed a programme: every required home visit and enough group sessions. */
public final class CompletionPolicy {

    private final CompletionRule rule;

    public CompletionPolicy(CompletionRule rule) {
        this.rule = Objects.requireNonNull(rule, "completion rule");
    }

    public boolean isComplete(Set<String> visitCodesDone, int groupSessionsAttended) {
        return progress(visitCodesDone, groupSessionsAttended).complete();
    }

    public CompletionProgress progress(Set<String> visitCodesDone, int groupSessionsAttended) {
        Objects.requireNonNull(visitCodesDone, "visits done");
        if (groupSessionsAttended < 0) {
            throw new IllegalArgumentException("Sessions attended cannot be negative: " + groupSessionsAttended);
        }
        Set<String> missing = new HashSet<>(rule.requiredVisitCodes());
        missing.removeAll(visitCodesDone);
        boolean complete = missing.isEmpty() && groupSessionsAttended >= rule.minimumGroupSessions();
        return new CompletionProgress(groupSessionsAttended, rule.minimumGroupSessions(), missing, complete);
    }
}
