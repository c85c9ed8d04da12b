package org.babysteps.workforce.web;

/** Adding a period of leave, in page order; dates stay text so typos can be shown back. */
public class AvailabilityLeaveForm {

    private String startsOn;
    private String endsOn;
    private String reason;

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
