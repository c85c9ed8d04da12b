package org.babysteps.site;

import org.babysteps.platform.RuleViolationException;

/** A change to a site that cannot be saved as asked; the message says why, in words for the user. */
public class SiteChangeRejectedException extends RuleViolationException {

    public SiteChangeRejectedException(String field, String message) {
        super(field, message);
    }
}
