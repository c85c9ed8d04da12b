package org.babysteps.outcomes.response;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.UkTime;

/**
 * The date a questionnaire was completed, for one answered on paper and entered later: today or in the past, and not
 * before the family was referred (nobody asked them anything before). Completed today means now; an earlier day is
 * kept as midday on that day in the UK, so the date reads the same in every report.
 */
public final class CompletionDatePolicy {

    static final String FIELD = "completedOn";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CompletionDatePolicy() {
    }

    /**
     * @param completedOn the date given; null for today
     * @param referredOn  the family's referral date; null when unknown
     * @throws RuleViolationException on field {@value #FIELD} for a date in the future or before the referral
     */
    public static Instant completedAt(LocalDate completedOn, LocalDate referredOn, Instant now) {
        LocalDate today = now.atZone(UkTime.ZONE).toLocalDate();
        if (completedOn == null || completedOn.equals(today)) {
            return now;
        }
        if (completedOn.isAfter(today)) {
            throw new RuleViolationException(FIELD, "Date completed must be today or in the past");
        }
        if (referredOn != null && completedOn.isBefore(referredOn)) {
            throw new RuleViolationException(FIELD, "Date completed must be on or after the family’s referral date, "
                    + DATE.format(referredOn));
        }
        return completedOn.atTime(LocalTime.NOON).atZone(UkTime.ZONE).toInstant();
    }
}
