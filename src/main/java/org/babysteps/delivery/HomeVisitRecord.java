package org.babysteps.delivery;

import java.time.LocalDate;
import java.util.List;

/** What a facilitator records about a home visit: planned, then done, by whom, how long, and notes. */
public record HomeVisitRecord(LocalDate plannedDate, LocalDate doneOn, Integer durationMinutes, String notes,
                              Boolean talkAndListenDone, List<FacilitatorId> visitors, int version) {

    public HomeVisitRecord {
        visitors = List.copyOf(visitors);
    }
}
