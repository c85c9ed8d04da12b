package org.babysteps.workforce;

/**
 * How often the licence requires reflective supervision, read from {@code src/main/resources/supervision/}.
 *
 * @param maxWeeksBetweenSessions longest allowed gap between a facilitator's sessions
 * @param firstSessionWithinWeeks when a new facilitator's first session is due, counted from their start
 * @param dueSoonWeeks            how long before the due date a facilitator shows as due soon
 */
public record SupervisionRules(int maxWeeksBetweenSessions, int firstSessionWithinWeeks, int dueSoonWeeks,
                               int minDurationMinutes, int maxDurationMinutes) {
}
