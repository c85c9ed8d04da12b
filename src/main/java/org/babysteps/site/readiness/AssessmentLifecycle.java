package org.babysteps.site.readiness;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.site.ReadinessConditionRequest;
import org.babysteps.site.ReadinessOutcome;

/**
 * The readiness assessment's state machine: DRAFT (the site fills it in) -> SUBMITTED (the licensor reviews) ->
 * DECIDED, or back to DRAFT with a comment. Each method returns the next state or says, in words, why not.
 */
public final class AssessmentLifecycle {

    private AssessmentLifecycle() {
    }

    public static void start(boolean anotherOpen) {
        if (anotherOpen) {
            throw new RuleViolationException(null,
                    "This site already has an assessment in progress: finish it before starting another");
        }
    }

    /** Ratings, evidence and files change only while the site has the assessment. */
    public static void requireDraft(AssessmentStatus status) {
        if (status != AssessmentStatus.DRAFT) {
            throw new RuleViolationException(null, status == AssessmentStatus.SUBMITTED
                    ? "This assessment is with the licensor for review: it can change only if they return it to the site"
                    : "This assessment has been decided and is kept as it was: start a new assessment to change answers");
        }
    }

    public static AssessmentStatus submit(AssessmentStatus status) {
        requireDraft(status);
        return AssessmentStatus.SUBMITTED;
    }

    public static AssessmentStatus returnToSite(AssessmentStatus status, String comment) {
        requireSubmitted(status);
        if (blank(comment)) {
            throw new RuleViolationException("comment", "Say what the site needs to do before it submits again");
        }
        return AssessmentStatus.DRAFT;
    }

    public static void comment(AssessmentStatus status, String comment) {
        requireSubmitted(status);
        if (blank(comment)) {
            throw new RuleViolationException("comment", "Enter a comment");
        }
    }

    public static AssessmentStatus decide(AssessmentStatus status, ReadinessOutcome outcome, String reason,
                                          LocalDate decidedOn, LocalDate today, List<ReadinessConditionRequest> conditions) {
        requireSubmitted(status);
        if (outcome == null) {
            throw new RuleViolationException("outcome", "Select the decision");
        }
        if (blank(reason)) {
            throw new RuleViolationException("reason", "Give the reason for the decision");
        }
        if (decidedOn == null || decidedOn.isAfter(today)) {
            throw new RuleViolationException("decidedOn", "The date of the decision must be today or in the past");
        }
        if (outcome == ReadinessOutcome.READY_WITH_CONDITIONS && conditions.isEmpty()) {
            throw new RuleViolationException("conditions", "Add at least one condition the site must meet");
        }
        if (outcome != ReadinessOutcome.READY_WITH_CONDITIONS && !conditions.isEmpty()) {
            throw new RuleViolationException("conditions", "Conditions go only with a \"ready with conditions\" decision");
        }
        for (ReadinessConditionRequest condition : conditions) {
            if (blank(condition.description()) || blank(condition.owner()) || condition.dueOn() == null) {
                throw new RuleViolationException("conditions", "Give each condition an action, an owner and a due date");
            }
        }
        return AssessmentStatus.DECIDED;
    }

    /**
     * A decision is dated no earlier than the assessment was started: an earlier date would pretend it was decided
     * before the evidence it rests on, and could make an older decision look like the latest.
     */
    public static void checkDecisionDate(LocalDate decidedOn, LocalDate startedOn) {
        if (decidedOn != null && decidedOn.isBefore(startedOn)) {
            throw new RuleViolationException("decidedOn", "The date of the decision must be on or after the day the"
                    + " assessment was started");
        }
    }

    public static void markDone(boolean alreadyDone) {
        if (alreadyDone) {
            throw new RuleViolationException(null, "This condition is already marked done");
        }
    }

    private static void requireSubmitted(AssessmentStatus status) {
        if (status != AssessmentStatus.SUBMITTED) {
            throw new RuleViolationException(null, status == AssessmentStatus.DRAFT
                    ? "The site has not submitted this assessment yet"
                    : "This assessment has already been decided");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
