package org.babysteps.family;

/**
 * Where a family is: referred, contacted, first home visit done, enrolled in a group, completed; or it left
 * (declined, not eligible, withdrawn, moved away), which can happen at any point and needs a reason.
 */
public enum JourneyStage {
    REFERRED("Referred", false),
    CONTACTED("Contacted", false),
    FIRST_VISIT_DONE("First home visit done", false),
    ENROLLED("Enrolled in a group", false),
    COMPLETED("Completed", true),
    DECLINED("Declined", true),
    NOT_ELIGIBLE("Not eligible", true),
    WITHDRAWN("Withdrawn", true),
    MOVED_AWAY("Moved away", true);

    private final String label;
    private final boolean closed;

    JourneyStage(String label, boolean closed) {
        this.label = label;
        this.closed = closed;
    }

    public String label() {
        return label;
    }

    /** A closed family is no longer in the programme. */
    public boolean closed() {
        return closed;
    }
}
