package org.babysteps.outcomes.response.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.babysteps.platform.RuleViolationException;

/**
 * The "Completed on" GOV.UK date input (day, month and year boxes) of the entry form. Kept as the text typed, so a
 * mistyped date is shown back with its message rather than lost.
 */
final class CompletedOnParams {

    static final String FIELD = "completedOn";

    private CompletedOnParams() {
    }

    /** The three boxes as typed, by "day", "month" and "year"; empty when the form sent none of them. */
    static Map<String, String> typed(Map<String, String> params) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : new String[] {"day", "month", "year"}) {
            String value = params.get(FIELD + "-" + part);
            if (value != null) {
                parts.put(part, value.trim());
            }
        }
        return parts;
    }

    /** The three boxes showing a date, e.g. today's as the form's default. */
    static Map<String, String> of(LocalDate date) {
        return Map.of("day", String.valueOf(date.getDayOfMonth()), "month", String.valueOf(date.getMonthValue()),
                "year", String.valueOf(date.getYear()));
    }

    /**
     * The date typed, or null (today) when the form had no such field; refused with a message for the field when the
     * boxes are left empty or do not make a real date.
     */
    static LocalDate parse(Map<String, String> typed) {
        if (typed.isEmpty()) {
            return null;
        }
        String day = typed.getOrDefault("day", "");
        String month = typed.getOrDefault("month", "");
        String year = typed.getOrDefault("year", "");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            throw new RuleViolationException(FIELD, "Enter the date the questionnaire was completed");
        }
        if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
            throw new RuleViolationException(FIELD, "Date completed must be a real date, like 27 3 2026");
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException notARealDate) {
            throw new RuleViolationException(FIELD, "Date completed must be a real date, like 27 3 2026");
        }
    }
}
