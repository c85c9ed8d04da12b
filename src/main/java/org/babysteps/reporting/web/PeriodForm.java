package org.babysteps.reporting.web;

import java.time.LocalDate;
import org.babysteps.platform.web.DateFields;
import org.babysteps.reporting.ReportingPeriod;
import org.springframework.validation.Errors;

/**
 * The period a report is asked for, from GET parameters: a named choice, or from and to dates (ISO, as the date
 * inputs send them). Dates given without a choice mean a custom period, so links can carry just from and to.
 */
public class PeriodForm {

    static final String LAST_QUARTER = "last-quarter";
    static final String LAST_YEAR = "last-12-months";
    static final String CUSTOM = "custom";
    static final String LICENCE_TO_DATE = "licence-to-date";

    private String period;
    private String from;
    private String to;

    /**
     * The period asked for, or null after putting the problems in {@code errors}.
     *
     * @param licenceStart the start of the site's licence, for "licence to date"; null when it has none
     */
    ReportingPeriod resolve(LocalDate today, String defaultChoice, LocalDate licenceStart, Errors errors) {
        String choice = choice(defaultChoice);
        period = choice;
        return switch (choice) {
            case LICENCE_TO_DATE -> licenceToDate(today, licenceStart, errors);
            case LAST_YEAR -> ReportingPeriod.lastTwelveMonths(today);
            case CUSTOM -> custom(errors);
            case LAST_QUARTER -> ReportingPeriod.lastFullQuarter(today);
            default -> {
                errors.rejectValue("period", "choice", "Select the period to report on");
                yield null;
            }
        };
    }

    private static ReportingPeriod licenceToDate(LocalDate today, LocalDate licenceStart, Errors errors) {
        if (licenceStart == null || licenceStart.isAfter(today)) {
            errors.rejectValue("period", "licence", "The site has no licence in force yet: choose another period");
            return null;
        }
        return new ReportingPeriod(licenceStart, today);
    }

    private String choice(String defaultChoice) {
        if (period != null && !period.isBlank()) {
            return period;
        }
        return isBlank(from) && isBlank(to) ? defaultChoice : CUSTOM;
    }

    private ReportingPeriod custom(Errors errors) {
        LocalDate start = DateFields.parse(from, "from", "the first day of the period", true, errors);
        LocalDate end = DateFields.parse(to, "to", "the last day of the period", true, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("to", "order", "The last day must be the same as or after the first day");
            return null;
        }
        return start == null || end == null ? null : new ReportingPeriod(start, end);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
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
