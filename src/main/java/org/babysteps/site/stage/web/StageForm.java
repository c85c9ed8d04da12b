package org.babysteps.site.stage.web;

/**
 * Recording a change of stage. The stage and date stay text, so a mistyped date or a tampered stage is shown back
 * with the stage rule's own message instead of a conversion error.
 */
public class StageForm {

    private String stage;
    private String startedOn;
    private String note;
    /** How many changes were recorded when the form was shown: a change made meanwhile is not overwritten. */
    private int recordedChanges;

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(String startedOn) {
        this.startedOn = startedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public int getRecordedChanges() {
        return recordedChanges;
    }

    public void setRecordedChanges(int recordedChanges) {
        this.recordedChanges = recordedChanges;
    }
}
