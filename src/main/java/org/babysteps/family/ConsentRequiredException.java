package org.babysteps.family;

import org.babysteps.platform.RuleViolationException;

/** An action needs a consent the family has not given, or has withdrawn. */
public class ConsentRequiredException extends RuleViolationException {

    private final ConsentPurpose purpose;

    public ConsentRequiredException(ConsentPurpose purpose) {
        super(null, "The family has not given consent to: " + purpose.label().toLowerCase());
        this.purpose = purpose;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }
}
