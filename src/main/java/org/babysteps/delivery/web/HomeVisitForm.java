package org.babysteps.delivery.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.babysteps.delivery.Facilitator;
import org.babysteps.delivery.HomeVisit;

/** Planning or recording a home visit, in page order. */
public class HomeVisitForm {

    private String plannedDate;
    private String doneOn;
    private List<UUID> visitors = new ArrayList<>();

    @Min(value = 5, message = "Duration must be at least 5 minutes")
    @Max(value = 480, message = "Duration must be 480 minutes (8 hours) or less")
    private Integer durationMinutes;

    private Boolean talkAndListenDone;

    @Size(max = 5000, message = "Notes must be 5000 characters or fewer")
    private String notes;

    private int version;

    static HomeVisitForm of(HomeVisit visit) {
        HomeVisitForm form = new HomeVisitForm();
        if (visit != null) {
            form.plannedDate = visit.plannedDate() == null ? null : visit.plannedDate().toString();
            form.doneOn = visit.doneOn() == null ? null : visit.doneOn().toString();
            form.visitors = new ArrayList<>(visit.visitors().stream().map(Facilitator::id).map(id -> id.value()).toList());
            form.durationMinutes = visit.durationMinutes();
            form.talkAndListenDone = visit.talkAndListenDone();
            form.notes = visit.notes();
            form.version = visit.version();
        }
        return form;
    }

    public String getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(String plannedDate) {
        this.plannedDate = plannedDate;
    }

    public String getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(String doneOn) {
        this.doneOn = doneOn;
    }

    public List<UUID> getVisitors() {
        return visitors;
    }

    public void setVisitors(List<UUID> visitors) {
        this.visitors = visitors == null ? new ArrayList<>() : visitors;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Boolean getTalkAndListenDone() {
        return talkAndListenDone;
    }

    public void setTalkAndListenDone(Boolean talkAndListenDone) {
        this.talkAndListenDone = talkAndListenDone;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
