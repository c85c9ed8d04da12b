package org.babysteps.delivery;

/** A family's place in a group. */
public enum EnrolmentStatus {
    ENROLLED("Enrolled"),
    WAITING("On the waiting list"),
    WITHDRAWN("Withdrawn"),
    COMPLETED("Completed");

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean live() {
        return this == ENROLLED || this == WAITING;
    }
}
