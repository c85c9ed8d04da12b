package org.babysteps.workforce;

/** Whether a supervisor met one supervisee or several together. */
public enum SupervisionFormat {
    INDIVIDUAL("Individual"),
    GROUP("Group");

    private final String label;

    SupervisionFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
