package org.babysteps.reporting.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.babysteps.programme.LicenceConditionDefinition;
import org.babysteps.reporting.ConditionResult;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.workforce.SupervisionCompliancePolicy;
import org.babysteps.workforce.SupervisionDue;
import org.babysteps.workforce.SupervisionHistory;
import org.babysteps.workforce.SupervisionRules;
import org.babysteps.workforce.SupervisionStatus;

/**
 * Reflective supervision throughout a period: a facilitator complies when the workforce module's
 * {@link SupervisionCompliancePolicy}, at the licence condition's frequency, never found them overdue on any day
 * they were in post in the period. Being overdue only grows until the next session, so it is enough to ask on the
 * day before each session and on their last day in the period.
 */
public final class SupervisionThroughoutCompliance {

    private final SupervisionCompliancePolicy policy;
    private final int frequencyWeeks;

    /** {@code rules} from the workforce module; the gap allowed is the condition's frequency when it sets one. */
    public SupervisionThroughoutCompliance(LicenceConditionDefinition condition, SupervisionRules rules) {
        this.frequencyWeeks = condition.frequencyWeeks() != null ? condition.frequencyWeeks() : rules.maxWeeksBetweenSessions();
        this.policy = new SupervisionCompliancePolicy(new SupervisionRules(frequencyWeeks, rules.firstSessionWithinWeeks(),
                rules.dueSoonWeeks(), rules.minDurationMinutes(), rules.maxDurationMinutes()));
    }

    public ConditionResult assess(LicenceConditionDefinition condition, List<SupervisionHistory> facilitators,
                                  ReportingPeriod period) {
        List<String> behind = new ArrayList<>();
        int total = 0;
        for (SupervisionHistory facilitator : facilitators) {
            LocalDate first = max(period.from(), facilitator.startedOn());
            LocalDate last = facilitator.leftOn() == null ? period.to() : min(period.to(), facilitator.leftOn().minusDays(1));
            if (last.isBefore(first)) {
                continue;
            }
            total++;
            firstOverdue(facilitator, first, last).ifPresent(due -> behind.add(facilitator.name() + ": overdue from "
                    + ReportingPeriod.day(due.dueBy().plusDays(1)) + (due.lastSession() == null ? " (no supervision recorded)"
                    : " (last supervision " + ReportingPeriod.day(due.lastSession()) + ")")));
        }
        int compliant = total - behind.size();
        return new ConditionResult(condition, ComplianceThresholds.judge(condition, compliant, total), compliant, total,
                "facilitators", false, sentence(behind.size(), total, period), measuredAs(), behind);
    }

    private Optional<SupervisionDue> firstOverdue(SupervisionHistory facilitator, LocalDate first, LocalDate last) {
        List<LocalDate> checks = new ArrayList<>();
        facilitator.sessions().stream().map(day -> day.minusDays(1))
                .filter(day -> !day.isBefore(first) && !day.isAfter(last)).forEach(checks::add);
        checks.add(last);
        for (LocalDate day : checks) {
            LocalDate previous = facilitator.sessions().stream().filter(s -> !s.isAfter(day)).reduce((a, b) -> b).orElse(null);
            SupervisionDue due = policy.assess(facilitator.startedOn(), previous, day);
            if (due.status() == SupervisionStatus.OVERDUE) {
                return Optional.of(due);
            }
        }
        return Optional.empty();
    }

    private String sentence(int overdue, int total, ReportingPeriod period) {
        String people = ComplianceThresholds.count(total, "facilitator", "facilitators") + " in post " + period.label();
        if (total == 0) {
            return "No facilitators were in post " + period.label() + ".";
        }
        if (overdue == 0) {
            return (total == 1 ? "The " : "All ") + people + " had"
                    + " reflective supervision at least every " + frequencyWeeks + " weeks.";
        }
        return overdue + " of " + people + " went more than " + frequencyWeeks
                + " weeks without reflective supervision.";
    }

    private String measuredAs() {
        return "Facilitators in post at any time in the period who were never overdue for reflective supervision "
                + "while in post in it: at most " + frequencyWeeks + " weeks between sessions (the licence condition), "
                + "and a new facilitator's first session within the workforce rules' allowance from their start.";
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
