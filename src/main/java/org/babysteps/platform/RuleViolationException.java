package org.babysteps.platform;

/**
 * A request that breaks a business rule (a full group, a missing consent, a stale edit). The message is written
 * for the person using the platform; pages show it next to {@link #field()}, the API answers 422 with it.
 */
public class RuleViolationException extends RuntimeException {

    private final String field;

    public RuleViolationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form or JSON field the problem belongs to, or null for the request as a whole. */
    public String field() {
        return field;
    }
}
