package org.babysteps.site;

/** How far a readiness criterion is met, as the site rates it. */
public enum ReadinessRating {
    NOT_IN_PLACE("Not in place"),
    PARTLY("Partly in place"),
    IN_PLACE("In place");

    private final String label;

    ReadinessRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
