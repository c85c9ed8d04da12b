package org.babysteps.site;

/** A change to a site that cannot be saved as asked; the message says why, in words for the user. */
public class SiteChangeRejectedException extends RuntimeException {

    private final String field;

    public SiteChangeRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the problem belongs to, or null for the whole form. */
    public String field() {
        return field;
    }
}
