package org.babysteps.reporting.evaluation.web;

import java.time.LocalDate;
import org.babysteps.platform.web.DateFields;
import org.babysteps.reporting.ReportingPeriod;
import org.springframework.validation.Errors;

/** Starting a report: its title and the period it covers. */
public class NewReportForm {

    static final int TITLE_MAX = 200;

    private String title;
    private String from;
    private String to;

    /** The period asked for, or null after putting every problem in {@code errors}. */
    ReportingPeriod check(Errors errors) {
        if (title == null || title.isBlank()) {
            errors.rejectValue("title", "required", "Enter a title for the report");
        } else if (title.strip().length() > TITLE_MAX) {
            errors.rejectValue("title", "length", "The title must be " + TITLE_MAX + " characters or fewer");
        }
        LocalDate start = DateFields.parse(from, "from", "the first day of the period", true, errors);
        LocalDate end = DateFields.parse(to, "to", "the last day of the period", true, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("to", "order", "The last day must be the same as or after the first day");
            return null;
        }
        return errors.hasErrors() ? null : new ReportingPeriod(start, end);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
