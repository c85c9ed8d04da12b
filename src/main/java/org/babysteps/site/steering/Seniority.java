package org.babysteps.site.steering;

/** How senior a steering group member is: the group needs strategic buy-in as well as people close to practice. */
public enum Seniority {
    STRATEGIC("Strategic", "Senior manager who can commit the agency's resources"),
    OPERATIONAL("Operational", "Manages the service day to day"),
    PRACTICE("Practice", "Practitioner or practice lead");

    private final String label;
    private final String hint;

    Seniority(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}
