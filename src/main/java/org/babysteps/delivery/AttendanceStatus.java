package org.babysteps.delivery;

/** One person's attendance at one session. */
public enum AttendanceStatus {
    PRESENT("Present"),
    ABSENT("Absent"),
    ABSENT_WITH_NOTICE("Absent with notice");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
