package org.babysteps.site;

/** The states of a licence; {@code RENEWAL_DUE} is an active licence within six months of its end. */
public enum LicenceState {
    DRAFT("Draft"),
    ACTIVE("Active"),
    RENEWAL_DUE("Renewal due"),
    SUSPENDED("Suspended"),
    EXPIRED("Expired"),
    ENDED("Ended");

    private final String label;

    LicenceState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
