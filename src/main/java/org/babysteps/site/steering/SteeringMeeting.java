package org.babysteps.site.steering;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.platform.SiteId;

/** A steering group meeting: when, who came (member ids and names), the minutes and the decisions taken. */
public record SteeringMeeting(UUID id, SiteId site, LocalDate heldOn, Set<UUID> attendeeIds, List<String> attendees,
                              String minutes, List<String> decisions, int version) {

    /** The minutes line by line, blank lines dropped, for pages to show as paragraphs. */
    public List<String> minutesParagraphs() {
        return minutes == null ? List.of()
                : minutes.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    public boolean upcoming(LocalDate today) {
        return heldOn.isAfter(today);
    }
}
