package org.babysteps.site.licence.web;

/** A site-specific condition added to a licence. */
public class ConditionForm {

    private String conditionTitle;
    private String conditionDescription;

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
