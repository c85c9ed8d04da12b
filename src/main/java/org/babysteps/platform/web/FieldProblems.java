package org.babysteps.platform.web;

import java.util.List;
import org.babysteps.platform.RuleViolationException;
import org.springframework.validation.BindingResult;

/**
 * Shows every problem a policy finds next to its field, so a person fixes a form in one go (GOV.UK: all errors at
 * once). A field that already has a message (a date that is not a date) keeps that one. It sits beside
 * {@link RuleErrors} because forms in several modules use it, and a form helper in one feature's package would tie
 * the others to that feature.
 */
public final class FieldProblems {

    private FieldProblems() {
    }

    public static void show(List<? extends RuleViolationException> problems, BindingResult errors) {
        for (RuleViolationException problem : problems) {
            if (problem.field() == null || !errors.hasFieldErrors(problem.field())) {
                RuleErrors.reject(errors, problem);
            }
        }
    }
}
