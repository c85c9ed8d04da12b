package org.babysteps.site.steering;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What is recorded of a meeting: its date, the members who attended, minutes and one entry per decision. */
public record MeetingRecord(LocalDate heldOn, Set<UUID> attendeeIds, String minutes, List<String> decisions) {

    public MeetingRecord {
        attendeeIds = attendeeIds == null ? Set.of() : Set.copyOf(attendeeIds);
        decisions = decisions == null ? List.of()
                : decisions.stream().filter(d -> d != null && !d.isBlank()).map(String::trim).toList();
    }
}
