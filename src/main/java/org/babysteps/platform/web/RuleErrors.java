package org.babysteps.platform.web;

import org.babysteps.platform.RuleViolationException;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/** Shows a broken rule next to its field when the form has that field, otherwise at the top of the form. */
public final class RuleErrors {

    private RuleErrors() {
    }

    public static void reject(BindingResult errors, RuleViolationException rule) {
        Object target = errors.getTarget();
        if (rule.field() != null && target != null && BeanUtils.getPropertyDescriptor(target.getClass(), rule.field()) != null) {
            errors.rejectValue(rule.field(), "rule", rule.getMessage());
        } else {
            errors.reject("rule", rule.getMessage());
        }
    }
}
