package org.babysteps.family;

/** An action needs a consent the family has not given, or has withdrawn. */
public class ConsentRequiredException extends RuntimeException {

    private final ConsentPurpose purpose;

    public ConsentRequiredException(ConsentPurpose purpose) {
        super("The family has not given consent to: " + purpose.label().toLowerCase());
        this.purpose = purpose;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }
}
