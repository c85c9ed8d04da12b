package org.babysteps.outcomes.response;

/** Where a response is: answers being given, or completed and scored (final). */
public enum ResponseStatus {
    IN_PROGRESS("In progress"),
    COMPLETED("Completed");

    private final String label;

    ResponseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
