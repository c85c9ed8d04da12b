package org.babysteps.workforce;

import org.babysteps.platform.RuleViolationException;

/** A workforce change that breaks a rule; the message says why, next to its field. */
public class WorkforceRuleException extends RuleViolationException {

    public WorkforceRuleException(String field, String message) {
        super(field, message);
    }
}
