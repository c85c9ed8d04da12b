package org.babysteps.audit.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.babysteps.audit.internal.AuditSearch;
import org.springframework.validation.Errors;

/** What a licensor admin typed into the audit search, kept as text so bad dates can be shown back. */
public class AuditSearchForm {

    @Size(max = 320, message = "User must be 320 characters or fewer")
    private String user;

    @Size(max = 100, message = "Record ID must be 100 characters or fewer")
    private String recordId;

    @Pattern(regexp = "^$|^\\d{4}-\\d{2}-\\d{2}$", message = "From date must be a real date, like 2026-11-30")
    private String from;

    @Pattern(regexp = "^$|^\\d{4}-\\d{2}-\\d{2}$", message = "To date must be a real date, like 2026-11-30")
    private String to;

    private Long before;

    /** Checks what annotations cannot: real calendar dates, in order. */
    void validateDates(Errors errors) {
        LocalDate fromDate = parse(from, "from", "From date must be a real date", errors);
        LocalDate toDate = parse(to, "to", "To date must be a real date", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.rejectValue("to", "order", "To date must be the same as or after the from date");
        }
    }

    AuditSearch.Criteria toCriteria() {
        return new AuditSearch.Criteria(user, recordId, parseQuietly(from), parseQuietly(to), before);
    }

    private static LocalDate parse(String text, String field, String message, Errors errors) {
        if (text == null || text.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "date", message);
            return null;
        }
    }

    private static LocalDate parseQuietly(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
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

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }
}
