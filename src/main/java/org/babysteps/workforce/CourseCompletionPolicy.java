package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trainee completes a course run by attending every required event; they are trained from the last day of the
 * course's last event they needed, not from the day someone saved the register.
 */
final class CourseCompletionPolicy {

    /** Whether the trainee completed, on which day, and which required events they still miss. */
    record Outcome(boolean complete, LocalDate completedOn, List<Integer> missingEvents) {
    }

    private CourseCompletionPolicy() {
    }

    /**
     * @param eventEnds      each event's last day, by event number
     * @param attendedEvents the events whose saved register marks the trainee present
     */
    static Outcome assess(CourseDefinition course, Map<Integer, LocalDate> eventEnds, Set<Integer> attendedEvents) {
        List<CourseEventDefinition> required = course.events().stream().filter(CourseEventDefinition::required).toList();
        List<Integer> missing = required.stream().map(CourseEventDefinition::number)
                .filter(number -> !attendedEvents.contains(number)).toList();
        if (!missing.isEmpty()) {
            return new Outcome(false, null, missing);
        }
        LocalDate completedOn = required.stream().map(event -> eventEnds.get(event.number()))
                .max(LocalDate::compareTo).orElseThrow();
        return new Outcome(true, completedOn, List.of());
    }
}
