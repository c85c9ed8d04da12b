package org.babysteps.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Role;
import org.babysteps.platform.NotFoundException;
import org.babysteps.workforce.CourseSchedulePolicy.DatedCourseEvent;
import org.babysteps.workforce.internal.CourseRunStore;
import org.babysteps.workforce.internal.CourseRunStore.RunRow;
import org.babysteps.workforce.internal.TrainingPeopleStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning course runs and reading them. The licensor plans national or site runs; an accredited site trainer
 * plans runs at their own site and trains on them. Trainers and trainees are added by {@link RunMembers}.
 */
@Service
@Transactional
public class CourseRuns {

    private final CourseRunStore runs;
    private final RunMembers members;
    private final RunViews views;
    private final Courses courses;
    private final TrainingPeopleStore people;
    private final TrainingCaller caller;
    private final AuditLog auditLog;
    private final Clock clock = Clock.systemDefaultZone();

    CourseRuns(CourseRunStore runs, RunMembers members, RunViews views, Courses courses, TrainingPeopleStore people,
               TrainingCaller caller, AuditLog auditLog) {
        this.runs = runs;
        this.members = members;
        this.views = views;
        this.courses = courses;
        this.people = people;
        this.caller = caller;
        this.auditLog = auditLog;
    }

    public CourseRunId plan(NewCourseRun plan) {
        CourseDefinition course = courses.find(plan.courseCode() == null ? "" : plan.courseCode())
                .orElseThrow(() -> new TrainingRuleException("courseCode", "Select a course"));
        PractitionerId plannerAsTrainer = checkPlanner(plan);
        String venue = plan.venue() == null || plan.venue().isBlank() ? null : plan.venue().trim();
        if (!plan.online() && venue == null) {
            throw new TrainingRuleException("venue", "Enter the venue, or choose online");
        }
        List<DatedCourseEvent> events = CourseSchedulePolicy.schedule(course, plan.eventFirstDays());
        UUID id = UUID.randomUUID();
        runs.insert(new RunRow(id, course.code(), course.version(), course.programmeId().value(), course.kind().name(),
                plan.siteId() == null ? null : plan.siteId().value(), venue, plan.online(), course.maxTrainees()),
                caller.name());
        events.forEach(event -> runs.insertEvent(id, event.number(), event.startsOn(), event.endsOn()));
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "course-run", id, plan.siteId())
                .withDetail(course.code() + " v" + course.version()));
        CourseRunId runId = new CourseRunId(id);
        if (plannerAsTrainer != null) {
            members.addTrainerTo(new CourseRunView(runId, course, plan.siteId(), venue, plan.online(), events.stream()
                    .map(e -> new CourseEventView(e.number(), e.title(), e.startsOn(), e.endsOn(), null, null)).toList(),
                    List.of(), List.of(), java.util.Map.of(), true), plannerAsTrainer);
        }
        return runId;
    }

    /** The licensor plans anything; a trainer plans runs at their own site and becomes one of its trainers. */
    private PractitionerId checkPlanner(NewCourseRun plan) {
        if (caller.licensor()) {
            if (plan.siteId() != null && !caller.scope().includes(plan.siteId())) {
                throw new NotFoundException("Site");
            }
            return null;
        }
        if (!caller.has(Role.TRAINER)) {
            throw new AccessDeniedException("Only the licensor or an accredited trainer can plan a course run");
        }
        if (plan.siteId() == null || !caller.scope().includes(plan.siteId())) {
            throw new TrainingRuleException("siteId", "Select your site: national runs are planned by the licensor");
        }
        PractitionerId me = caller.practitioner().orElseThrow(() -> new TrainingRuleException(null,
                "Your account has no practitioner record, so you cannot train on a run. Ask your site lead to add one."));
        if (!people.worksAt(me.value(), plan.siteId().value())) {
            throw new TrainingRuleException("siteId", "Select a site you work at");
        }
        return me;
    }

    /**
     * Cancels a run that has not started: it stays, marked with the reason, when and by whom, and its events no
     * longer count against anyone's diary. The licensor or one of the run's trainers.
     */
    public void cancel(CourseRunId id, String reason) {
        CourseRunView run = views.manageable(id);
        String why = RunChangePolicy.checkCancellation(run.firstDay(), run.cancelled(), reason, today());
        if (!runs.cancel(id.value(), why, caller.name())) {
            throw new TrainingRuleException(null, "This run is already cancelled");
        }
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "course-run", id, run.siteId())
                .withDetail("cancelled: " + why));
    }

    @Transactional(readOnly = true)
    public CourseRunView find(CourseRunId id) {
        CourseRunView run = views.visible(id);
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "course-run", id, run.siteId()));
        return run;
    }

    /** Every run the caller may see, the latest first: licensor all, site leads their sites', others their own. */
    @Transactional(readOnly = true)
    public List<CourseRunSummary> calendar() {
        return views.calendar();
    }

    /** Today, as this service sees it, so pages split upcoming from past runs on the same day as the rules. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
