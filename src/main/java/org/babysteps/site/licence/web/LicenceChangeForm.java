package org.babysteps.site.licence.web;

/** Why a licence is issued, suspended, reinstated or ended, and for ending, the date. */
public class LicenceChangeForm {

    private String reason;
    private String endedOn;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(String endedOn) {
        this.endedOn = endedOn;
    }
}
