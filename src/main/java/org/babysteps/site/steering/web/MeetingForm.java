package org.babysteps.site.steering.web;

import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** Recording a steering group meeting, in page order; decisions are one per line. */
public class MeetingForm {

    private String heldOn;
    private Set<UUID> attendeeIds = new LinkedHashSet<>();
    @Size(max = 20000, message = "Minutes must be 20,000 characters or fewer")
    private String minutes;
    @Size(max = 10000, message = "Decisions must be 10,000 characters or fewer")
    private String decisions;
    private int version;

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public Set<UUID> getAttendeeIds() {
        return attendeeIds;
    }

    public void setAttendeeIds(Set<UUID> attendeeIds) {
        this.attendeeIds = attendeeIds == null ? new LinkedHashSet<>() : attendeeIds;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
