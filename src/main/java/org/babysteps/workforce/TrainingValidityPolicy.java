package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * How long completing a course counts and how it stands on a day: trained, due for a refresher (inside the
 * warning period), or expired. The newest completion counts, so a refresher renews the training from its date.
 */
final class TrainingValidityPolicy {

    /** A completed course: when, and until when it counts (inclusive), with its warning period. */
    record Completion(LocalDate completedOn, LocalDate validUntil, int warningDays) {
    }

    private TrainingValidityPolicy() {
    }

    static LocalDate validUntil(LocalDate completedOn, int validityMonths) {
        return completedOn.plusMonths(validityMonths);
    }

    static TrainingState state(LocalDate validUntil, int warningDays, LocalDate on) {
        if (on.isAfter(validUntil)) {
            return TrainingState.EXPIRED;
        }
        return on.isBefore(validUntil.minusDays(warningDays)) ? TrainingState.TRAINED : TrainingState.EXPIRING_SOON;
    }

    /** The status on a day from every completion; completions after that day do not count yet. */
    static TrainingStatus status(List<Completion> completions, LocalDate on) {
        return completions.stream()
                .filter(completion -> !completion.completedOn().isAfter(on))
                .max(Comparator.comparing(Completion::completedOn).thenComparing(Completion::validUntil))
                .map(latest -> new TrainingStatus(state(latest.validUntil(), latest.warningDays(), on),
                        latest.completedOn(), latest.validUntil()))
                .orElse(TrainingStatus.notTrained());
    }
}
