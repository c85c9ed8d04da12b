package org.babysteps.site.licence;

import java.time.LocalDate;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.site.LicenceState;

/**
 * The licence's state machine. Stored states are DRAFT, ACTIVE, SUSPENDED and ENDED; RENEWAL_DUE (active within
 * six months of the end, and not renewed yet) and EXPIRED (the end passed without anyone ending it) follow from
 * the dates, so they are worked out here and never go stale in the database.
 */
public final class LicenceLifecycle {

    public static final int RENEWAL_MONTHS = 6;
    /** The second, last renewal reminder goes this many months before the end. */
    public static final int LAST_REMINDER_MONTHS = 3;

    private LicenceLifecycle() {
    }

    /**
     * What a licence with this stored state and dates is today; {@code renewedFrom} is the start of the active
     * licence that follows it, if one has been issued (null otherwise): a renewed licence is not "renewal due".
     */
    public static LicenceState state(LicenceState stored, LocalDate endsOn, LocalDate renewedFrom, LocalDate today) {
        return switch (stored) {
            case DRAFT, ENDED -> stored;
            case ACTIVE, RENEWAL_DUE, SUSPENDED -> {
                if (today.isAfter(endsOn)) {
                    yield LicenceState.EXPIRED;
                }
                if (stored != LicenceState.SUSPENDED && renewedFrom == null && withinMonthsOfEnd(endsOn, RENEWAL_MONTHS, today)) {
                    yield LicenceState.RENEWAL_DUE;
                }
                yield stored == LicenceState.RENEWAL_DUE ? LicenceState.ACTIVE : stored;
            }
            case EXPIRED -> throw new IllegalArgumentException("EXPIRED is worked out from the dates, never stored");
        };
    }

    /**
     * The one definition of "within N months of the end", for the renewal-due state and the reminders alike: from
     * the same day N months before the end, or that month's last day when it is shorter (a licence ending
     * 31 August is within six months from 28 February).
     */
    public static boolean withinMonthsOfEnd(LocalDate endsOn, int months, LocalDate today) {
        return !today.isBefore(endsOn.minusMonths(months));
    }

    /** The stored state after {@code action}, or the reason, in words, why it cannot be done. */
    public static LicenceState apply(LicenceAction action, LicenceState current, LocalDate startsOn, LocalDate today,
                                     String reason) {
        String refusal = refusal(action, current, startsOn, today);
        if (refusal != null) {
            throw new RuleViolationException(null, refusal);
        }
        if (action.needsReason() && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("reason", "Give the reason the licence is " + pastTense(action));
        }
        return action.result();
    }

    /** Whether the licence's state and dates allow the action (the page offers only these). */
    public static boolean allows(LicenceAction action, LicenceState current, LocalDate startsOn, LocalDate today) {
        return refusal(action, current, startsOn, today) == null;
    }

    /** The end date of ending a licence: not before it started, not in the future. */
    public static void checkEndDate(LocalDate endedOn, LocalDate startsOn, LocalDate today) {
        if (endedOn == null) {
            throw new RuleViolationException("endedOn", "Enter the date the licence ended");
        }
        if (endedOn.isBefore(startsOn) || endedOn.isAfter(today)) {
            throw new RuleViolationException("endedOn", "The date it ended must be between its start and today");
        }
    }

    /** A licence's dates: the end on or after the start. */
    public static void checkDates(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null) {
            throw new RuleViolationException("startsOn", "Enter the start date");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new RuleViolationException("endsOn", "The end date must be after the start date");
        }
    }

    /** Three years, less a day: a licence starting 1 April 2026 ends 31 March 2029. */
    public static LocalDate defaultEnd(LocalDate startsOn) {
        return startsOn.plusYears(3).minusDays(1);
    }

    // an issued licence that has not started is withdrawn (it never ran), one that has started is ended on a date
    private static String refusal(LicenceAction action, LicenceState current, LocalDate startsOn, LocalDate today) {
        if (!action.allowedFrom(current)) {
            return "A licence that is " + current.label().toLowerCase() + " cannot be " + pastTense(action) + ". " + hint(current);
        }
        boolean started = !startsOn.isAfter(today);
        if (action == LicenceAction.END && !started) {
            return "This licence has not started yet, so it cannot be ended: withdraw it instead.";
        }
        if (action == LicenceAction.WITHDRAW && current != LicenceState.DRAFT && started) {
            return "This licence has already started, so it cannot be withdrawn: end it instead.";
        }
        return null;
    }

    private static String pastTense(LicenceAction action) {
        return switch (action) {
            case ACTIVATE -> "issued";
            case SUSPEND -> "suspended";
            case REINSTATE -> "reinstated";
            case END -> "ended";
            case WITHDRAW -> "withdrawn";
        };
    }

    private static String hint(LicenceState current) {
        return switch (current) {
            case EXPIRED -> "Its end date has passed: issue a new licence instead.";
            case ENDED -> "Issue a new licence instead.";
            case DRAFT -> "Issue it first, or withdraw it.";
            default -> "";
        };
    }
}
