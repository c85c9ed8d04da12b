package org.babysteps.site.steering.web;


/** Marking a steering group action done, with the date it was done. */
public class CompletionForm {

    private String doneOn;
    private int version;

    public String getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(String doneOn) {
        this.doneOn = doneOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
