package org.babysteps.workforce.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.babysteps.workforce.CapacityAllowances;
import org.babysteps.workforce.SupervisionRules;

/**
 * The shape of a file in {@code src/main/resources/supervision/}, and the checks that keep it meaning what its
 * author intended. Every problem is reported at once.
 */
record SupervisionRulesFile(String programme, SupervisionEntry supervision, CapacityEntry capacity) {

    record SupervisionEntry(Integer maxWeeksBetweenSessions, Integer firstSessionWithinWeeks, Integer dueSoonWeeks,
                            Integer minDurationMinutes, Integer maxDurationMinutes) {
    }

    record CapacityEntry(Integer prepMinutesPerSession, BigDecimal newFacilitatorHoursPerWeek) {
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (programme == null || programme.isBlank()) {
            problems.add("programme is missing");
        } else if (!programme.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            problems.add("programme '" + programme + "' must be a programme id, like baby-steps");
        }
        if (supervision == null) {
            problems.add("supervision is missing");
        } else {
            range("supervision > maxWeeksBetweenSessions", supervision.maxWeeksBetweenSessions(), 1, 52, problems);
            range("supervision > firstSessionWithinWeeks", supervision.firstSessionWithinWeeks(), 1, 52, problems);
            range("supervision > dueSoonWeeks", supervision.dueSoonWeeks(), 0, 26, problems);
            range("supervision > minDurationMinutes", supervision.minDurationMinutes(), 5, 480, problems);
            range("supervision > maxDurationMinutes", supervision.maxDurationMinutes(), 5, 600, problems);
            if (problems.isEmpty() && supervision.minDurationMinutes() > supervision.maxDurationMinutes()) {
                problems.add("supervision > minDurationMinutes must not be more than maxDurationMinutes");
            }
            if (problems.isEmpty() && supervision.dueSoonWeeks() >= supervision.maxWeeksBetweenSessions()) {
                problems.add("supervision > dueSoonWeeks must be shorter than maxWeeksBetweenSessions, "
                        + "or every facilitator would always be due soon");
            }
        }
        if (capacity == null) {
            problems.add("capacity is missing");
        } else {
            range("capacity > prepMinutesPerSession", capacity.prepMinutesPerSession(), 0, 480, problems);
            BigDecimal hours = capacity.newFacilitatorHoursPerWeek();
            if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(60)) > 0) {
                problems.add("capacity > newFacilitatorHoursPerWeek must be more than 0 and at most 60");
            }
        }
        return problems;
    }

    SupervisionRules supervisionRules() {
        return new SupervisionRules(supervision.maxWeeksBetweenSessions(), supervision.firstSessionWithinWeeks(),
                supervision.dueSoonWeeks(), supervision.minDurationMinutes(), supervision.maxDurationMinutes());
    }

    CapacityAllowances capacityAllowances() {
        return new CapacityAllowances(capacity.prepMinutesPerSession(), capacity.newFacilitatorHoursPerWeek());
    }

    private static void range(String field, Integer value, int min, int max, List<String> problems) {
        if (value == null) {
            problems.add(field + " is missing");
        } else if (value < min || value > max) {
            problems.add(field + " must be between " + min + " and " + max + ", not " + value);
        }
    }
}
