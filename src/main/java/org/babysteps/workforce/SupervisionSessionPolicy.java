package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a recorded supervision session must be: someone supervised, not the supervisor themself, already held,
 * of a plausible length, and one supervisee for an individual session. Each problem names its form field.
 */
public final class SupervisionSessionPolicy {

    static final int MAX_TOPICS = 4000;

    private final SupervisionRules rules;

    public SupervisionSessionPolicy(SupervisionRules rules) {
        this.rules = Objects.requireNonNull(rules, "supervision rules");
    }

    /** Throws {@link WorkforceRuleException} for the first problem, in the order the form shows the fields. */
    public void check(SupervisionSessionDetails session, LocalDate today) {
        if (session.supervisorId() == null) {
            throw new WorkforceRuleException("supervisorId", "Select the supervisor");
        }
        if (session.format() == null) {
            throw new WorkforceRuleException("format", "Select whether it was an individual or group session");
        }
        if (session.superviseeIds().isEmpty()) {
            throw new WorkforceRuleException("superviseeIds", "Select who was supervised: a session needs someone present");
        }
        if (session.superviseeIds().contains(session.supervisorId())) {
            throw new WorkforceRuleException("superviseeIds", "A supervisor cannot supervise themself: untick the supervisor");
        }
        if (session.format() == SupervisionFormat.INDIVIDUAL && session.superviseeIds().size() > 1) {
            throw new WorkforceRuleException("superviseeIds", "An individual session has one supervisee; choose group for more");
        }
        if (session.heldOn() == null) {
            throw new WorkforceRuleException("heldOn", "Enter the date of the session");
        }
        if (session.heldOn().isAfter(today)) {
            throw new WorkforceRuleException("heldOn", "Date of the session must be today or in the past");
        }
        Integer minutes = session.durationMinutes();
        if (minutes == null || minutes < rules.minDurationMinutes() || minutes > rules.maxDurationMinutes()) {
            throw new WorkforceRuleException("durationMinutes", "Length must be between " + rules.minDurationMinutes()
                    + " and " + rules.maxDurationMinutes() + " minutes");
        }
        if (session.topics() != null && session.topics().length() > MAX_TOPICS) {
            throw new WorkforceRuleException("topics", "Topics must be " + MAX_TOPICS + " characters or fewer");
        }
    }
}
