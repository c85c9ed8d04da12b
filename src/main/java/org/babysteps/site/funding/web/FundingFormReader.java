package org.babysteps.site.funding.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.web.DateFields;
import org.babysteps.site.funding.FundingStreamDetails;
import org.springframework.validation.BindingResult;

/** Turns the text of a funding form into details, rejecting each field that cannot be read with its own message. */
final class FundingFormReader {

    private FundingFormReader() {
    }

    /** The details, or null when a field could not be read (its message is then in {@code errors}). */
    static FundingStreamDetails read(FundingForm form, BindingResult errors) {
        if (form.getCommissionerId() == null && blank(form.getNewCommissionerName())) {
            errors.rejectValue("commissionerId", "required", "Select the commissioner or enter the name of a new one");
        }
        BigDecimal amount = amount(form.getAmount(), errors);
        LocalDate startsOn = DateFields.parse(form.getStartsOn(), "startsOn", "the start date", true, errors);
        LocalDate endsOn = DateFields.parse(form.getEndsOn(), "endsOn", "the end date", true, errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new FundingStreamDetails(form.getCommissionerId() == null ? null : new AgencyId(form.getCommissionerId()),
                form.getNewCommissionerName(), form.getContactName(), form.getContactEmail(), amount, startsOn, endsOn,
                form.getPaysFor(), form.getStatus());
    }

    private static BigDecimal amount(String text, BindingResult errors) {
        if (blank(text)) {
            errors.rejectValue("amount", "required", "Enter the amount in pounds");
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace("£", "").replace(",", ""));
        } catch (NumberFormatException notANumber) {
            errors.rejectValue("amount", "number", "Amount must be a number of pounds, like 125000 or 125000.50");
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
