package org.babysteps.site;

/** How soon a site's secured funding runs out; {@code NONE} is more than a year of cover (or none recorded). */
public enum FundingWarningTier {
    NONE("No warning", "govuk-tag--green"),
    WITHIN_12_MONTHS("Ends within 12 months", "govuk-tag--yellow"),
    WITHIN_6_MONTHS("Ends within 6 months", "govuk-tag--orange"),
    WITHIN_3_MONTHS("Ends within 3 months", "govuk-tag--red"),
    ENDED("Ended", "govuk-tag--red");

    private final String label;
    private final String tagClass;

    FundingWarningTier(String label, String tagClass) {
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
