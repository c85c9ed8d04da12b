package org.babysteps.workforce.web;

import java.util.LinkedHashSet;
import java.util.Set;

/** The usual week as ticked slot codes, like "TUESDAY-MORNING". */
public class AvailabilityWeekForm {

    private Set<String> slots = new LinkedHashSet<>();

    public Set<String> getSlots() {
        return slots;
    }

    public void setSlots(Set<String> slots) {
        this.slots = slots == null ? new LinkedHashSet<>() : slots;
    }
}
