package org.babysteps.site.steering;

/** Whether a steering group action still needs doing. */
public enum ActionStatus {
    OPEN("Open"),
    DONE("Done");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
