package org.babysteps.workforce.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.babysteps.workforce.SupervisionFormat;

/** Recording a supervision session, in page order; the date and length stay text so typos can be shown back. */
public class SupervisionForm {

    private UUID supervisorId;
    private SupervisionFormat format;
    private Set<UUID> superviseeIds = new LinkedHashSet<>();
    private String heldOn;
    private String durationMinutes;
    private String topics;

    public UUID getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(UUID supervisorId) {
        this.supervisorId = supervisorId;
    }

    public SupervisionFormat getFormat() {
        return format;
    }

    public void setFormat(SupervisionFormat format) {
        this.format = format;
    }

    public Set<UUID> getSuperviseeIds() {
        return superviseeIds;
    }

    public void setSuperviseeIds(Set<UUID> superviseeIds) {
        this.superviseeIds = superviseeIds == null ? new LinkedHashSet<>() : superviseeIds;
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public String getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(String durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }
}
