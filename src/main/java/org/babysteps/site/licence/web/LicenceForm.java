package org.babysteps.site.licence.web;

/** Issuing a licence; dates stay text so a mistyped one is shown back with a message. */
public class LicenceForm {

    private String programme;
    private String startsOn;
    private String endsOn;
    private boolean issueNow = true;
    private String conditionTitle;
    private String conditionDescription;

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
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

    public boolean isIssueNow() {
        return issueNow;
    }

    public void setIssueNow(boolean issueNow) {
        this.issueNow = issueNow;
    }

    public String getConditionTitle() {
        return conditionTitle;
    }

    public void setConditionTitle(String conditionTitle) {
        this.conditionTitle = conditionTitle;
    }

    public String getConditionDescription() {
        return conditionDescription;
    }

    public void setConditionDescription(String conditionDescription) {
        this.conditionDescription = conditionDescription;
    }
}
