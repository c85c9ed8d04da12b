package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Nobody can be at two training events at once: a trainee joining a run must be free on every day of its events,
 * whether their other run has them as trainee or as trainer.
 */
final class EventOverlapPolicy {

    /** An event somebody is committed to, named as the message should name it. */
    record DatedEvent(String name, LocalDate startsOn, LocalDate endsOn) {

        boolean overlaps(DatedEvent other) {
            return !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
        }
    }

    /** A pair of events that overlap: one of the run being joined, one already in the person's diary. */
    record Clash(DatedEvent joining, DatedEvent existing) {
    }

    private EventOverlapPolicy() {
    }

    static Optional<Clash> firstClash(List<DatedEvent> joining, List<DatedEvent> existing) {
        for (DatedEvent event : joining) {
            for (DatedEvent other : existing) {
                if (event.overlaps(other)) {
                    return Optional.of(new Clash(event, other));
                }
            }
        }
        return Optional.empty();
    }
}
