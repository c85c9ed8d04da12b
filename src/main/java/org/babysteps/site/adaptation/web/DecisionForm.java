package org.babysteps.site.adaptation.web;

/**
 * The licensor's decision on an adaptation request, or the site lead's withdrawal of it (which only uses the
 * version). The decision stays text so a tampered value gets the decision rule's message.
 */
public class DecisionForm {

    private String decision;
    private String conditions;
    private String reason;
    /** The request's version when the page was shown: a decision made meanwhile is not overwritten. */
    private int version;

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
