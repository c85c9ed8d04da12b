package org.babysteps.site.readiness;

/** Where a readiness assessment stands: the site fills it in, the licensor reviews it, then decides. */
public enum AssessmentStatus {
    DRAFT("Draft"),
    SUBMITTED("Under review"),
    DECIDED("Decided");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
