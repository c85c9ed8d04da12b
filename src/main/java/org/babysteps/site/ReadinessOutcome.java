package org.babysteps.site;

/** The licensor's decision on a readiness assessment. */
public enum ReadinessOutcome {
    READY("Ready"),
    READY_WITH_CONDITIONS("Ready with conditions"),
    NOT_YET("Not yet ready");

    private final String label;

    ReadinessOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a licence may be issued on this decision. */
    public boolean positive() {
        return this != NOT_YET;
    }
}
