package org.babysteps.site.licence;

import java.time.LocalDate;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.site.LicenceState;

/**
 * The licence's state machine. Stored states are DRAFT, ACTIVE, SUSPENDED and ENDED; RENEWAL_DUE (active within
 * six months of the end) and EXPIRED (the end passed without anyone ending it) follow from the dates, so they
 * are worked out here and never go stale in the database.
 */
public final class LicenceLifecycle {

    public static final int RENEWAL_MONTHS = 6;

    private LicenceLifecycle() {
    }

    /** What a licence with this stored state and dates is today. */
    public static LicenceState state(LicenceState stored, LocalDate endsOn, LocalDate today) {
        return switch (stored) {
            case DRAFT, ENDED -> stored;
            case ACTIVE, RENEWAL_DUE, SUSPENDED -> {
                if (today.isAfter(endsOn)) {
                    yield LicenceState.EXPIRED;
                }
                if (stored != LicenceState.SUSPENDED && !today.isBefore(endsOn.minusMonths(RENEWAL_MONTHS))) {
                    yield LicenceState.RENEWAL_DUE;
                }
                yield stored == LicenceState.RENEWAL_DUE ? LicenceState.ACTIVE : stored;
            }
            case EXPIRED -> throw new IllegalArgumentException("EXPIRED is worked out from the dates, never stored");
        };
    }

    /** The stored state after {@code action}, or the reason, in words, why it cannot be done. */
    public static LicenceState apply(LicenceAction action, LicenceState current, String reason) {
        if (!action.allowedFrom(current)) {
            throw new RuleViolationException(null, "A licence that is " + current.label().toLowerCase()
                    + " cannot be " + pastTense(action) + ". " + hint(current));
        }
        if (action.needsReason() && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("reason", "Give the reason the licence is " + pastTense(action));
        }
        return action.result();
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

    private static String pastTense(LicenceAction action) {
        return switch (action) {
            case ACTIVATE -> "issued";
            case SUSPEND -> "suspended";
            case REINSTATE -> "reinstated";
            case END -> "ended";
        };
    }

    private static String hint(LicenceState current) {
        return switch (current) {
            case EXPIRED -> "Its end date has passed: issue a new licence instead.";
            case ENDED -> "Issue a new licence instead.";
            case DRAFT -> "Issue it first.";
            default -> "";
        };
    }
}
