package org.babysteps.workforce.web;

/** Cancelling a run: why, the only field. */
public class CancellationForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
