package org.babysteps.outcomes.alert;

import java.time.format.DateTimeFormatter;
import org.babysteps.outcomes.Acknowledgement;
import org.babysteps.outcomes.AlertStatus;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.UkTime;

/**
 * The life of an alert: OPEN, then ESCALATED if nobody acknowledged it within a working day, and ACKNOWLEDGED (from
 * either) once someone records the action taken. A second acknowledgement is refused; only a new risk rule for the
 * same answers reopens an acknowledged alert, because that rule has not been acted on.
 */
final class AlertTransitions {

    static final int MAX_ACTION_LENGTH = 2000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma").withZone(UkTime.ZONE);

    private AlertTransitions() {
    }

    /** Only an open alert escalates; an escalated one is not escalated again and an acknowledged one never. */
    static boolean escalates(AlertStatus status) {
        return status == AlertStatus.OPEN;
    }

    /**
     * Where an alert goes when the same response fires a rule it did not have: an acknowledged alert opens again
     * (the new rule needs its own action); one still waiting stays as it is, keeping its deadline.
     */
    static AlertStatus afterNewRules(AlertStatus status) {
        return status == AlertStatus.ACKNOWLEDGED ? AlertStatus.OPEN : status;
    }

    /** Refuses an acknowledgement the alert cannot take, with words for the person making it. */
    static void checkAcknowledgement(AlertRow alert, Acknowledgement acknowledgement) {
        if (alert.status() == AlertStatus.ACKNOWLEDGED) {
            throw new RuleViolationException(null, "This alert was already acknowledged by " + alert.acknowledgedByName()
                    + " on " + WHEN.format(alert.acknowledgedAt()).replace("AM", "am").replace("PM", "pm")
                    + ". Their action is shown below; nothing was changed.");
        }
        if (acknowledgement.version() != alert.version()) {
            throw new RuleViolationException(null, "Someone changed this alert while you were looking at it."
                    + " Check it again before recording your action.");
        }
        String action = acknowledgement.actionTaken();
        if (action == null || action.isBlank()) {
            throw new RuleViolationException("actionTaken", "Enter the action taken");
        }
        if (action.strip().length() > MAX_ACTION_LENGTH) {
            throw new RuleViolationException("actionTaken", "The action taken must be " + MAX_ACTION_LENGTH
                    + " characters or fewer");
        }
    }
}
