package org.babysteps.workforce;

/** What a practitioner does in the programme; one person may have several roles. */
public enum ProgrammeRole {
    FACILITATOR("Facilitator"),
    SUPERVISOR("Supervisor"),
    TRAINER("Trainer"),
    OPERATIONAL_LEAD("Operational lead");

    private final String label;

    ProgrammeRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
