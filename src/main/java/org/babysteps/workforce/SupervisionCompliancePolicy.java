package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a facilitator's reflective supervision meets the licence frequency on a day. The first session is due
 * a set time after they start in the programme; each later one a set time after the last. Shown as due soon for
 * a few weeks before, so the site lead can book it before it is late.
 */
public final class SupervisionCompliancePolicy {

    private final SupervisionRules rules;

    public SupervisionCompliancePolicy(SupervisionRules rules) {
        this.rules = Objects.requireNonNull(rules, "supervision rules");
    }

    /**
     * @param startedOn   when the facilitator started in the programme
     * @param lastSession their most recent supervision on or before {@code today}, or null if none
     */
    public SupervisionDue assess(LocalDate startedOn, LocalDate lastSession, LocalDate today) {
        LocalDate dueBy = lastSession == null
                ? startedOn.plusWeeks(rules.firstSessionWithinWeeks())
                : lastSession.plusWeeks(rules.maxWeeksBetweenSessions());
        SupervisionStatus status;
        if (today.isAfter(dueBy)) {
            status = SupervisionStatus.OVERDUE;
        } else if (!today.isBefore(dueBy.minusWeeks(rules.dueSoonWeeks()))) {
            status = SupervisionStatus.DUE_SOON;
        } else {
            status = SupervisionStatus.UP_TO_DATE;
        }
        return new SupervisionDue(status, lastSession, dueBy);
    }
}
