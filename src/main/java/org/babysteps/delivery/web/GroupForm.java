package org.babysteps.delivery.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The "plan a group" form, in page order. Dates and times stay text so typos can be shown back. */
public class GroupForm {

    @NotBlank(message = "Enter a name for the group")
    @Size(max = 120, message = "Group name must be 120 characters or fewer")
    private String name;

    private boolean online;

    private UUID venueId;

    private String startDate;

    private String startTime = "10:00";

    @NotNull(message = "Enter how long each session lasts, in minutes")
    @Min(value = 15, message = "Each session must last at least 15 minutes")
    @Max(value = 480, message = "Each session must last 480 minutes (8 hours) or less")
    private Integer durationMinutes = 120;

    private List<UUID> facilitators = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public UUID getVenueId() {
        return venueId;
    }

    public void setVenueId(UUID venueId) {
        this.venueId = venueId;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public List<UUID> getFacilitators() {
        return facilitators;
    }

    public void setFacilitators(List<UUID> facilitators) {
        this.facilitators = facilitators == null ? new ArrayList<>() : facilitators;
    }
}
