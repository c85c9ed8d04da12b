package org.babysteps.outcomes;

/** Where a safeguarding alert stands: it needs acknowledging until someone records the action taken. */
public enum AlertStatus {
    OPEN("Open"),
    /** Not acknowledged within one working day, so the site's leads were told; it still needs acknowledging. */
    ESCALATED("Escalated"),
    ACKNOWLEDGED("Acknowledged");

    private final String label;

    AlertStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Open and escalated alerts are waiting for someone to act. */
    public boolean needsAcknowledging() {
        return this != ACKNOWLEDGED;
    }
}
