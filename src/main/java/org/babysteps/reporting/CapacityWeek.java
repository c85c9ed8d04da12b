package org.babysteps.reporting;

import java.util.List;
import org.babysteps.workforce.CapacityFacilitator;

/** One week's demand and supply: sessions planned in it and each facilitator's working days in it. */
public record CapacityWeek(int sessions, int sessionMinutes, int weekdays, List<CapacityFacilitator> facilitators) {

    public CapacityWeek {
        facilitators = List.copyOf(facilitators);
    }
}
