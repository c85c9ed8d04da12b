package org.babysteps.outcomes;

/** Where the family was referred as part of the action taken on an alert, if anywhere. */
public enum Referral {
    GP("GP"),
    MIDWIFE("Midwife"),
    CRISIS_TEAM("Crisis team"),
    CHILDRENS_SOCIAL_CARE("Children's social care"),
    OTHER("Other");

    private final String label;

    Referral(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
