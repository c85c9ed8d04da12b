package org.babysteps.delivery;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.family.FamilyId;

/** A home visit, planned and then done, with who visited. */
public record HomeVisit(HomeVisitId id, FamilyId familyId, String contactCode, LocalDate plannedDate, LocalDate doneOn,
                        Integer durationMinutes, String notes, Boolean talkAndListenDone, int version,
                        List<Facilitator> visitors) {

    public boolean done() {
        return doneOn != null;
    }
}
