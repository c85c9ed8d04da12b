package org.babysteps.workforce;

/** Where a facilitator stands with reflective supervision on a day. */
public enum SupervisionStatus {
    UP_TO_DATE("Up to date", "govuk-tag--green"),
    DUE_SOON("Due soon", "govuk-tag--yellow"),
    OVERDUE("Overdue", "govuk-tag--red");

    private final String label;
    private final String tagClass;

    SupervisionStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour pages show it in. */
    public String tagClass() {
        return tagClass;
    }
}
