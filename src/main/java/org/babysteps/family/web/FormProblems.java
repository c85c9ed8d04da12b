package org.babysteps.family.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.babysteps.family.FamilyDetailsRejectedException;
import org.babysteps.family.FieldProblem;
import org.babysteps.platform.RuleViolationException;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/**
 * Puts the application service's problems next to the form fields they belong to. The service names fields as
 * the API does ({@code parents[1].dateOfBirth}); the referral form numbers them ({@code parent2DateOfBirth}).
 */
final class FormProblems {

    private static final Pattern PARENT_FIELD = Pattern.compile("parents\\[(\\d)]\\.(\\w+)");
    private static final Pattern SUPPORTER_FIELD = Pattern.compile("supporter\\.(\\w+)");

    private FormProblems() {
    }

    /** Adds each problem, except to a field that already shows one (its first message is the one to fix). */
    static void add(BindingResult errors, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            String field = formField(problem.field());
            if (field != null && errors.getTarget() != null
                    && BeanUtils.getPropertyDescriptor(errors.getTarget().getClass(), field) != null) {
                if (!errors.hasFieldErrors(field)) {
                    errors.rejectValue(field, "rule", problem.message());
                }
            } else {
                errors.reject("rule", problem.message());
            }
        }
    }

    static void add(BindingResult errors, RuleViolationException rejected) {
        if (rejected instanceof FamilyDetailsRejectedException details) {
            add(errors, details.problems());
        } else {
            add(errors, List.of(new FieldProblem(rejected.field(), rejected.getMessage())));
        }
    }

    static String formField(String apiField) {
        if (apiField == null) {
            return null;
        }
        Matcher parent = PARENT_FIELD.matcher(apiField);
        if (parent.matches()) {
            return "parent" + (Integer.parseInt(parent.group(1)) + 1) + capitalised(parent.group(2));
        }
        Matcher supporter = SUPPORTER_FIELD.matcher(apiField);
        if (supporter.matches()) {
            return "supporter" + capitalised(supporter.group(1));
        }
        return apiField;
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
