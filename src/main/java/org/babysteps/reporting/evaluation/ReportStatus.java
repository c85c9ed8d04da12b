package org.babysteps.reporting.evaluation;

/** A draft is the site's own; a shared report is one its commissioners can open. */
public enum ReportStatus {
    DRAFT("Draft"),
    SHARED("Shared with commissioners");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
