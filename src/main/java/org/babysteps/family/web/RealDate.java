package org.babysteps.family.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link DateInput} that is a real date: "Enter the {label}" when blank (if required), "{Label} must be a real
 * date" when the parts do not make one. Whether the date fits the family (not in the future, after the referral)
 * is the application service's rule, so the API obeys it too.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RealDate.Validator.class)
public @interface RealDate {

    /** How the date is named in messages, e.g. "Expected date of delivery". */
    String label();

    boolean required() default true;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<RealDate, DateInput> {

        private String label;
        private boolean required;

        @Override
        public void initialize(RealDate annotation) {
            label = annotation.label();
            required = annotation.required();
        }

        @Override
        public boolean isValid(DateInput input, ConstraintValidatorContext context) {
            String problem = null;
            if (input == null || input.blank()) {
                problem = required ? "Enter the " + Character.toLowerCase(label.charAt(0)) + label.substring(1) : null;
            } else if (input.date().isEmpty()) {
                problem = label + " must be a real date, for example 27 3 2026";
            }
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }
    }
}
