package org.babysteps.family.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date typed as day, month and year in three boxes, the GOV.UK way. Kept as text so "31 2 2026" or "x" can be
 * shown back with a clear message rather than failing to bind.
 */
public class DateInput {

    private String day;
    private String month;
    private String year;

    public static DateInput of(LocalDate date) {
        DateInput input = new DateInput();
        if (date != null) {
            input.day = String.valueOf(date.getDayOfMonth());
            input.month = String.valueOf(date.getMonthValue());
            input.year = String.valueOf(date.getYear());
        }
        return input;
    }

    public boolean blank() {
        return empty(day) && empty(month) && empty(year);
    }

    /** The date, if the three parts make a real one with a four-digit year. */
    public Optional<LocalDate> date() {
        if (day == null || month == null || year == null || !day.trim().matches("\\d{1,2}")
                || !month.trim().matches("\\d{1,2}") || !year.trim().matches("\\d{4}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()),
                    Integer.parseInt(day.trim())));
        } catch (DateTimeException notARealDate) {
            return Optional.empty();
        }
    }

    /** The date, or null when it is blank or not a real date (a validation message says which). */
    public LocalDate orNull() {
        return date().orElse(null);
    }

    private static boolean empty(String part) {
        return part == null || part.isBlank();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
