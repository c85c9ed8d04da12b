package org.babysteps.site.steering.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Adding a steering group action, in page order; the due date stays text so a typo can be shown back. */
public class ActionForm {

    @NotBlank(message = "Enter what needs doing")
    @Size(max = 1000, message = "Action must be 1000 characters or fewer")
    private String description;
    private UUID ownerId;
    private String dueOn;
    private UUID meetingId;

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(UUID ownerId) {
        this.ownerId = ownerId;
    }

    public String getDueOn() {
        return dueOn;
    }

    public void setDueOn(String dueOn) {
        this.dueOn = dueOn;
    }

    public UUID getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(UUID meetingId) {
        this.meetingId = meetingId;
    }
}
