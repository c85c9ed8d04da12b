package org.babysteps.reporting.evaluation.data.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.babysteps.reporting.ReportingPeriod;

/**
 * The export's period from its {@code from} and {@code to} query parameters: both required ISO dates, the end not
 * before the start. No default: an evaluator must know exactly which period a file covers.
 */
final class PeriodParameters {

    /** A period that is missing, unreadable or reversed, with what to fix in words. */
    static final class InvalidPeriodException extends RuntimeException {

        private final String parameter;

        InvalidPeriodException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }

    private PeriodParameters() {
    }

    static ReportingPeriod parse(String from, String to) {
        LocalDate start = date("from", from, "start");
        LocalDate end = date("to", to, "end");
        if (end.isBefore(start)) {
            throw new InvalidPeriodException("to", "The end of the period (to=" + end
                    + ") must be the same as or after its start (from=" + start + ")");
        }
        return new ReportingPeriod(start, end);
    }

    private static LocalDate date(String parameter, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidPeriodException(parameter, "Give the " + what + " of the period as " + parameter
                    + "=YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidPeriodException(parameter, "The " + what + " of the period must be a real date written"
                    + " YYYY-MM-DD, e.g. " + parameter + "=2026-04-01");
        }
    }
}
