package org.babysteps.workforce;

import org.babysteps.platform.RuleViolationException;

/** A training action that breaks a rule (a full course, overlapping events, feedback given twice, ...). */
public class TrainingRuleException extends RuleViolationException {

    public TrainingRuleException(String field, String message) {
        super(field, message);
    }
}
