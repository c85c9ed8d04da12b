package org.babysteps.site.stage.web;

import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import org.babysteps.site.stage.StageChange;
import org.babysteps.site.TimeInStage;

/** A row of the stage history: the change, and how long the site stayed (or has been) in that stage. */
record StagePeriod(StageChange change, String duration, boolean current) {

    /** {@code history} newest first; each stage lasted until the next one started, the newest until today. */
    static List<StagePeriod> of(List<StageChange> history, LocalDate today) {
        List<StagePeriod> periods = new ArrayList<>();
        LocalDate until = today;
        for (StageChange change : history) {
            periods.add(new StagePeriod(change, TimeInStage.inWords(change.startedOn(), until), periods.isEmpty()));
            until = change.startedOn();
        }
        return periods;
    }
}
