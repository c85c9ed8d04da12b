package org.babysteps.workforce;

import java.time.LocalDate;

/** When a run may be cancelled and a trainee taken off it. */
public final class RunChangePolicy {

    public static final int MAX_REASON = 1000;

    private RunChangePolicy() {
    }

    /** The reason, trimmed; refused when blank or too long, or when the run has started or is already cancelled. */
    public static String checkCancellation(LocalDate firstDay, boolean alreadyCancelled, String reason, LocalDate today) {
        if (alreadyCancelled) {
            throw new TrainingRuleException(null, "This run is already cancelled");
        }
        if (!firstDay.isAfter(today)) {
            throw new TrainingRuleException(null, "This run started on " + TrainingDates.day(firstDay)
                    + ", so it cannot be cancelled");
        }
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.isEmpty()) {
            throw new TrainingRuleException("reason", "Enter why the run is cancelled");
        }
        if (trimmed.length() > MAX_REASON) {
            throw new TrainingRuleException("reason", "The reason must be " + MAX_REASON + " characters or fewer");
        }
        return trimmed;
    }

    /** A trainee who completed the run keeps their place: their training record came from it. */
    public static void checkRemoval(String name, LocalDate completedOn) {
        if (completedOn != null) {
            throw new TrainingRuleException(null, name + " completed this run on " + TrainingDates.day(completedOn)
                    + ", so they cannot be taken off it: their training record stands");
        }
    }
}
