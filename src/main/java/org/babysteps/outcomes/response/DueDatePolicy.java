package org.babysteps.outcomes.response;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.babysteps.outcomes.DueStatus;
import org.babysteps.programme.TimePoint;

/**
 * When a time point's questionnaires are due: on its contact's date plus the time point's weeks after it. They are
 * shown from a week before (so a facilitator can take them to the visit or session), and are overdue more than two
 * weeks after. Without a contact date (a visit not planned yet) nothing is due.
 */
public final class DueDatePolicy {

    static final int SHOWN_DAYS_BEFORE = 7;
    static final int OVERDUE_AFTER_DAYS = 14;

    private DueDatePolicy() {
    }

    public static LocalDate dueOn(TimePoint timePoint, LocalDate contactDate) {
        return contactDate.plusWeeks(timePoint.weeksAfterContact());
    }

    /** How pressing the time point is today; empty when it is not due yet or has no contact date. */
    public static Optional<DueStatus> status(TimePoint timePoint, Optional<LocalDate> contactDate, LocalDate today) {
        if (contactDate.isEmpty()) {
            return Optional.empty();
        }
        LocalDate dueOn = dueOn(timePoint, contactDate.get());
        long daysPast = ChronoUnit.DAYS.between(dueOn, today);
        if (daysPast < -SHOWN_DAYS_BEFORE) {
            return Optional.empty();
        }
        if (daysPast < 0) {
            return Optional.of(DueStatus.DUE_SOON);
        }
        return Optional.of(daysPast > OVERDUE_AFTER_DAYS ? DueStatus.OVERDUE : DueStatus.DUE);
    }
}
