package org.babysteps.programme;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far a family is from completing: group sessions attended against those required, and the required home
 * visits not yet had (sorted by code).
 */
public record CompletionProgress(int sessionsAttended, int sessionsRequired, Set<String> missingVisitCodes,
                                 boolean complete) {

    public CompletionProgress {
        missingVisitCodes = Collections.unmodifiableSortedSet(new TreeSet<>(missingVisitCodes));
    }

    /** Sessions still to attend before completion, never below zero. */
    public int sessionsStillNeeded() {
        return Math.max(0, sessionsRequired - sessionsAttended);
    }
}
