package org.babysteps.delivery;

import org.babysteps.platform.RuleViolationException;

/** A delivery action that breaks a rule (full group, session before the group starts, ...). */
public class DeliveryRuleException extends RuleViolationException {

    public DeliveryRuleException(String field, String message) {
        super(field, message);
    }
}
