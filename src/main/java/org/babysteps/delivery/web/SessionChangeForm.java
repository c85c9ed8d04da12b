package org.babysteps.delivery.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.babysteps.delivery.Facilitator;
import org.babysteps.delivery.SessionView;
import org.springframework.validation.Errors;

/** One form for the four changes a site lead makes to a session; {@code action} says which. */
public class SessionChangeForm {

    private String action;
    private String date;
    private String time;
    private UUID venueId;
    private List<UUID> facilitators = new ArrayList<>();
    private String reason;

    static SessionChangeForm of(SessionView session) {
        SessionChangeForm form = new SessionChangeForm();
        form.date = session.plannedDate().toString();
        form.time = session.plannedTime().toString();
        form.venueId = session.venueId() == null ? null : session.venueId().value();
        form.facilitators = new ArrayList<>(session.facilitators().stream().map(Facilitator::id).map(id -> id.value()).toList());
        return form;
    }

    boolean isMoving() {
        return "move".equals(action);
    }

    void validate(Errors errors) {
        if (action == null || !List.of("move", "cancel", "facilitators", "exception").contains(action)) {
            errors.rejectValue("action", "required", "Select what you want to change");
            return;
        }
        boolean needsReason = "cancel".equals(action) || "exception".equals(action);
        if (needsReason && (reason == null || reason.isBlank())) {
            errors.rejectValue("reason", "required", "Enter the reason");
        } else if (reason != null && reason.length() > 1000) {
            errors.rejectValue("reason", "size", "Reason must be 1000 characters or fewer");
        }
        if ("facilitators".equals(action) && facilitators.isEmpty()) {
            errors.rejectValue("facilitators", "required", "Select at least one facilitator");
        }
    }

    String successMessage() {
        return switch (action) {
            case "move" -> "Session moved";
            case "cancel" -> "Session cancelled";
            case "facilitators" -> "Facilitators changed";
            default -> "Co-facilitation exception recorded";
        };
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public UUID getVenueId() {
        return venueId;
    }

    public void setVenueId(UUID venueId) {
        this.venueId = venueId;
    }

    public List<UUID> getFacilitators() {
        return facilitators;
    }

    public void setFacilitators(List<UUID> facilitators) {
        this.facilitators = facilitators == null ? new ArrayList<>() : facilitators;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
