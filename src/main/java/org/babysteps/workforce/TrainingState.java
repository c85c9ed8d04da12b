package org.babysteps.workforce;

/** Where a practitioner stands with a programme's facilitator training on a given day. */
public enum TrainingState {
    NOT_TRAINED("Not trained"),
    TRAINED("Trained"),
    EXPIRING_SOON("Refresher due soon"),
    EXPIRED("Training expired");

    private final String label;

    TrainingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Counts for co-facilitation: trained, including while a refresher is coming up. */
    public boolean valid() {
        return this == TRAINED || this == EXPIRING_SOON;
    }
}
