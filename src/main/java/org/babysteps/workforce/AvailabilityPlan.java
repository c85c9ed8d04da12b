package org.babysteps.workforce;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** A practitioner's usual week and their leave: when they can be asked to run a group session or visit. */
public record AvailabilityPlan(PractitionerId practitionerId, String name, Set<AvailabilitySlot> usualWeek,
                               List<AvailabilityLeave> leave) {

    public AvailabilityPlan {
        usualWeek = Set.copyOf(usualWeek);
        leave = List.copyOf(leave);
    }

    /** Available when the time falls in a usual slot of that weekday and no leave covers the day. */
    public boolean isAvailable(LocalDate day, LocalTime time) {
        boolean usual = AvailabilityPartOfDay.of(time)
                .map(part -> usualWeek.contains(new AvailabilitySlot(day.getDayOfWeek(), part))).orElse(false);
        return usual && leave.stream().noneMatch(period -> period.covers(day));
    }

    public boolean usually(AvailabilitySlot slot) {
        return usualWeek.contains(slot);
    }
}
