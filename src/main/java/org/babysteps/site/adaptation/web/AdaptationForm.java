package org.babysteps.site.adaptation.web;

/** Requesting a local adaptation, in page order; dates stay text so a mistyped date can be shown back. */
public class AdaptationForm {

    private String componentCode;
    private String what;
    private String why;
    private String coreJustification;
    private String startsOn;
    private String endsOn;

    public String getComponentCode() {
        return componentCode;
    }

    public void setComponentCode(String componentCode) {
        this.componentCode = componentCode;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }

    public String getCoreJustification() {
        return coreJustification;
    }

    public void setCoreJustification(String coreJustification) {
        this.coreJustification = coreJustification;
    }

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
}
