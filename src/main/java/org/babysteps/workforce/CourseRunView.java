package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.babysteps.platform.SiteId;

/**
 * A course run with its course definition, events, trainers and trainees, and who completed it on which day.
 *
 * @param siteId     null for a national run
 * @param manageable   whether the caller may change it and save its registers (licensor, or one of its trainers);
 *                     false once cancelled
 * @param cancellation null unless the run was cancelled
 */
public record CourseRunView(CourseRunId id, CourseDefinition course, SiteId siteId, String venue, boolean online,
                            List<CourseEventView> events, List<RunMember> trainers, List<RunMember> trainees,
                            Map<PractitionerId, LocalDate> completions, boolean manageable,
                            RunCancellation cancellation) {

    /** A run that is not cancelled. */
    public CourseRunView(CourseRunId id, CourseDefinition course, SiteId siteId, String venue, boolean online,
                         List<CourseEventView> events, List<RunMember> trainers, List<RunMember> trainees,
                         Map<PractitionerId, LocalDate> completions, boolean manageable) {
        this(id, course, siteId, venue, online, events, trainers, trainees, completions, manageable, null);
    }

    public CourseRunView {
        events = List.copyOf(events);
        trainers = List.copyOf(trainers);
        trainees = List.copyOf(trainees);
        completions = Map.copyOf(completions);
    }

    public LocalDate firstDay() {
        return events.get(0).startsOn();
    }

    public LocalDate lastDay() {
        return events.get(events.size() - 1).endsOn();
    }

    public Optional<CourseEventView> event(int number) {
        return events.stream().filter(event -> event.number() == number).findFirst();
    }

    public boolean cancelled() {
        return cancellation != null;
    }

    public boolean national() {
        return siteId == null;
    }

    public boolean full() {
        return trainees.size() >= course.maxTrainees();
    }
}
