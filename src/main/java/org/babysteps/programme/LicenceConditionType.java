package org.babysteps.programme;

/** The kinds of licence condition the platform knows how to check from its own data, or to track by hand. */
public enum LicenceConditionType {
    /** Every group session run by the required pair of agencies. */
    CO_FACILITATION("Co-facilitation"),
    /** Only facilitators trained in the programme deliver it. */
    TRAINED_FACILITATORS("Only trained facilitators deliver"),
    /** Reflective supervision for every facilitator at a set frequency. */
    REFLECTIVE_SUPERVISION("Reflective supervision"),
    /** The site sends its data returns to the licensor. */
    DATA_RETURNS("Data returns"),
    /** The core components are delivered as designed. */
    FIDELITY("Fidelity to core components");

    private final String label;

    LicenceConditionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
