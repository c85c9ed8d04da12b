package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.workforce.internal.CourseRunStore;
import org.babysteps.workforce.internal.CourseRunStore.EventRow;
import org.babysteps.workforce.internal.CourseRunStore.RunRow;
import org.babysteps.workforce.internal.RunMemberStore;
import org.babysteps.workforce.internal.RunMemberStore.MemberRow;
import org.babysteps.workforce.internal.TrainingRecordStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Builds runs as the caller may see them, from the stores and the course definitions they were planned under. */
@Component
class RunViews {

    private final CourseRunStore runs;
    private final RunMemberStore members;
    private final TrainingRecordStore records;
    private final Courses courses;
    private final TrainingCaller caller;

    RunViews(CourseRunStore runs, RunMemberStore members, TrainingRecordStore records, Courses courses,
             TrainingCaller caller) {
        this.runs = runs;
        this.members = members;
        this.records = records;
        this.courses = courses;
        this.caller = caller;
    }

    /** A run the caller may see, or 404 exactly like one that does not exist. */
    CourseRunView visible(CourseRunId id) {
        RunRow row = runs.find(id.value(), caller.visibility()).orElseThrow(() -> new NotFoundException("Course run"));
        List<RunMember> trainers = members.trainers(row.id()).stream().map(RunViews::member).toList();
        boolean manageable = row.cancelledAt() == null && (caller.licensor() || caller.practitioner()
                .filter(me -> trainers.stream().anyMatch(t -> t.id().equals(me))).isPresent());
        Map<PractitionerId, LocalDate> completions = new HashMap<>();
        records.ofRun(row.id()).forEach((p, day) -> completions.put(new PractitionerId(p), day));
        CourseDefinition course = course(row);
        return new CourseRunView(new CourseRunId(row.id()), course, site(row), row.venue(), row.online(),
                runs.events(row.id()).stream().map(e -> event(course, e)).toList(), trainers,
                members.trainees(row.id()).stream().map(RunViews::member).toList(), completions, manageable,
                row.cancelledAt() == null ? null
                        : new RunCancellation(row.cancelledAt(), row.cancelledBy(), row.cancellationReason()));
    }

    /**
     * A run the caller may change: the licensor, or one of its trainers. Others who can see it get 403; a cancelled
     * run is refused with a message, because nothing about it changes any more.
     */
    CourseRunView manageable(CourseRunId id) {
        CourseRunView run = visible(id);
        if (run.cancelled()) {
            throw new TrainingRuleException(null, "This run was cancelled, so it cannot be changed");
        }
        if (!run.manageable()) {
            throw new AccessDeniedException("Only the licensor or this run's trainers can change it");
        }
        return run;
    }

    List<CourseRunSummary> calendar() {
        List<RunRow> rows = runs.list(caller.visibility());
        Map<UUID, List<EventRow>> events = new HashMap<>();
        runs.events(rows.stream().map(RunRow::id).toList())
                .forEach(e -> events.computeIfAbsent(e.runId(), k -> new java.util.ArrayList<>()).add(e));
        return rows.stream().map(row -> summary(row, events.getOrDefault(row.id(), List.of()))).toList();
    }

    private CourseRunSummary summary(RunRow row, List<EventRow> events) {
        CourseDefinition course = course(row);
        int saved = (int) events.stream().filter(e -> e.registerSavedAt() != null).count();
        return new CourseRunSummary(new CourseRunId(row.id()), course.title(), course.kind(), site(row), row.venue(),
                row.online(), events.get(0).startsOn(), events.get(events.size() - 1).endsOn(),
                members.trainees(row.id()).size(), row.maxTrainees(), saved, events.size(), row.cancelledAt() != null);
    }

    private CourseDefinition course(RunRow row) {
        return courses.find(row.courseCode(), row.courseVersion()).orElseThrow(() -> new IllegalStateException(
                "Course " + row.courseCode() + " version " + row.courseVersion() + " is no longer loaded"));
    }

    private static SiteId site(RunRow row) {
        return row.siteId() == null ? null : new SiteId(row.siteId());
    }

    private static CourseEventView event(CourseDefinition course, EventRow row) {
        String title = course.event(row.number()).map(CourseEventDefinition::title).orElse("Event " + row.number());
        return new CourseEventView(row.number(), title, row.startsOn(), row.endsOn(), row.registerSavedAt(),
                row.registerSavedBy(), row.registerVersion());
    }

    static RunMember member(MemberRow row) {
        return new RunMember(new PractitionerId(row.practitionerId()), row.name(), row.hasAccount(), row.leftOn());
    }
}
