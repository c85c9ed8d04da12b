package org.babysteps.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.Errors;

/** Reads the date fields of forms, which arrive as text so a mistyped date can be shown back with a message. */
public final class DateFields {

    private DateFields() {
    }

    /** The parsed date, or null after rejecting the field with a message (or when it is blank and optional). */
    public static LocalDate parse(String text, String field, String label, boolean required, Errors errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.rejectValue(field, "required", "Enter " + label);
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (date.getYear() < 1900 || date.getYear() > 2100) {
                errors.rejectValue(field, "range", capitalise(label) + " must be a real date");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "date", capitalise(label) + " must be a real date, like 2026-11-30");
            return null;
        }
    }

    public static java.time.LocalTime parseTime(String text, String field, Errors errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue(field, "required", "Enter the start time");
            return null;
        }
        try {
            return java.time.LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "time", "Start time must be a real time, like 10:00");
            return null;
        }
    }

    private static String capitalise(String label) {
        String withoutArticle = label.startsWith("the ") ? label.substring(4) : label;
        return Character.toUpperCase(withoutArticle.charAt(0)) + withoutArticle.substring(1);
    }
}
