package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the first days a planner chose for each event into dated events: each lasts the course's days for it,
 * and the events run in order without overlapping one another.
 */
final class CourseSchedulePolicy {

    /** One event of a run, dated. */
    record DatedCourseEvent(int number, String title, LocalDate startsOn, LocalDate endsOn) {
    }

    private CourseSchedulePolicy() {
    }

    static List<DatedCourseEvent> schedule(CourseDefinition course, List<LocalDate> firstDays) {
        if (firstDays.size() != course.events().size()) {
            throw new TrainingRuleException("eventDates", course.title() + " has " + course.events().size()
                    + " events: enter the first day of each");
        }
        List<DatedCourseEvent> events = new ArrayList<>();
        for (int i = 0; i < firstDays.size(); i++) {
            CourseEventDefinition definition = course.events().get(i);
            LocalDate start = firstDays.get(i);
            if (start == null) {
                throw new TrainingRuleException("eventDates", "Enter the first day of event " + definition.number());
            }
            DatedCourseEvent event = new DatedCourseEvent(definition.number(), definition.title(), start,
                    start.plusDays(definition.days() - 1L));
            if (!events.isEmpty() && !start.isAfter(events.get(events.size() - 1).endsOn())) {
                throw new TrainingRuleException("eventDates", "Event " + definition.number()
                        + " must start after event " + (definition.number() - 1) + " ends, on "
                        + events.get(events.size() - 1).endsOn());
            }
            events.add(event);
        }
        return events;
    }
}
