package org.babysteps.site.steering.web;


/** Recording that a member left the steering group; the date stays text so a typo can be shown back. */
public class DepartureForm {

    private String leftOn;
    private int version;

    public String getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(String leftOn) {
        this.leftOn = leftOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
