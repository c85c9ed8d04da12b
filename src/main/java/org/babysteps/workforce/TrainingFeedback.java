package org.babysteps.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.platform.NotFoundException;
import org.babysteps.workforce.internal.FeedbackStore;
import org.babysteps.workforce.internal.RunMemberStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainees' feedback: after each event they attended, and at follow-up months after completing the course. A
 * trainee gives their own; a trainer (or the licensor) enters it for a trainee without an account. Once each.
 */
@Service
@Transactional
public class TrainingFeedback {

    private final RunViews views;
    private final RunMemberStore members;
    private final FeedbackStore feedback;
    private final Courses courses;
    private final TrainingCaller caller;
    private final AuditLog auditLog;
    private final Clock clock = Clock.systemDefaultZone();

    TrainingFeedback(RunViews views, RunMemberStore members, FeedbackStore feedback, Courses courses,
                     TrainingCaller caller, AuditLog auditLog) {
        this.views = views;
        this.courses = courses;
        this.members = members;
        this.feedback = feedback;
        this.caller = caller;
        this.auditLog = auditLog;
    }

    /** The questions for an event's feedback, or the follow-up's (event null). */
    public static List<FeedbackQuestion> questions(CourseDefinition course, Integer eventNumber) {
        return eventNumber == null ? course.followUpQuestions() : course.eventQuestions();
    }

    /**
     * The caller's own follow-ups that are due: facilitator courses they completed at least the course's follow-up
     * months ago and have not given the follow-up on. Empty for someone without a practitioner record.
     */
    @Transactional(readOnly = true)
    public List<FollowUpDue> myFollowUpsDue() {
        LocalDate today = LocalDate.now(clock);
        return caller.practitioner().map(me -> feedback.openFollowUps(me.value()).stream()
                .flatMap(open -> courses.find(open.courseCode(), open.courseVersion()).stream()
                        .filter(course -> FollowUpDue.isDue(open.completedOn(), course.followUpMonths(), today))
                        .map(course -> new FollowUpDue(new CourseRunId(open.runId()), course.title(),
                                open.completedOn(), FollowUpDue.dueOn(open.completedOn(), course.followUpMonths()))))
                .toList()).orElse(List.of());
    }

    /** Whose feedback the caller would be giving: their own, or (for managers) the trainee they name. */
    @Transactional(readOnly = true)
    public RunMember respondent(CourseRunView run, PractitionerId trainee) {
        PractitionerId who = trainee != null ? trainee : caller.practitioner().orElse(null);
        if (trainee != null && !run.manageable()) {
            throw new AccessDeniedException("Only the run's trainers enter feedback for a trainee");
        }
        return run.trainees().stream().filter(t -> t.id().equals(who)).findFirst()
                .orElseThrow(() -> new TrainingRuleException(trainee == null ? null : "traineeId",
                        trainee == null ? "Only this run's trainees can give feedback on it" : "Select a trainee of this run"));
    }

    public void submit(CourseRunId id, FeedbackEntry entry) {
        CourseRunView run = views.visible(id);
        RunMember trainee = respondent(run, entry.trainee());
        String stage = checkOpen(run, trainee, entry.eventNumber());
        UUID runId = id.value();
        if (feedback.given(runId, trainee.id().value(), entry.eventNumber())) {
            throw alreadyGiven(trainee, stage);
        }
        for (FeedbackQuestion question : questions(run.course(), entry.eventNumber())) {
            Integer rating = entry.ratings().get(question.code());
            if (rating == null || rating < FeedbackQuestion.LOWEST || rating > FeedbackQuestion.HIGHEST) {
                throw new TrainingRuleException("rating-" + question.code(),
                        "Select a rating from 1 to 5 for \u201c" + question.text() + "\u201d");
            }
        }
        String comments = entry.comments() == null || entry.comments().isBlank() ? null : entry.comments().trim();
        if (comments != null && comments.length() > 4000) {
            throw new TrainingRuleException("comments", "Comments must be 4000 characters or fewer");
        }
        try {
            feedback.insert(runId, trainee.id().value(), entry.eventNumber(), entry.ratings(), comments, caller.name());
        } catch (DuplicateKeyException twoTabsAtOnce) {
            throw alreadyGiven(trainee, stage);
        }
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "training-feedback", id + "/" + stage, run.siteId())
                .withDetail("for " + trainee.id()));
    }

    /** Refuses feedback before its time: after an event the trainee was present at, or at follow-up once due. */
    private String checkOpen(CourseRunView run, RunMember trainee, Integer eventNumber) {
        LocalDate today = LocalDate.now(clock);
        if (eventNumber == null) {
            LocalDate completed = run.completions().get(trainee.id());
            if (completed == null) {
                throw new TrainingRuleException(null, "The follow-up is for trainees who completed the course, and "
                        + trainee.name() + " has not");
            }
            LocalDate due = completed.plusMonths(run.course().followUpMonths());
            if (today.isBefore(due)) {
                throw new TrainingRuleException(null, "The follow-up opens on " + TrainingDates.day(due) + ", "
                        + run.course().followUpMonths() + " months after the course");
            }
            return "follow-up";
        }
        CourseEventView event = run.event(eventNumber).orElseThrow(() -> new NotFoundException("Training event"));
        if (today.isBefore(event.endsOn())) {
            throw new TrainingRuleException(null, "Feedback on event " + eventNumber + " opens on its last day, "
                    + TrainingDates.day(event.endsOn()));
        }
        if (!Boolean.TRUE.equals(members.attendance(run.id().value(), eventNumber).get(trainee.id().value()))) {
            throw new TrainingRuleException(null, "Feedback on event " + eventNumber + " is for trainees the register"
                    + " shows as present, and " + trainee.name() + " is not (yet)");
        }
        return "event-" + eventNumber;
    }

    private static TrainingRuleException alreadyGiven(RunMember trainee, String stage) {
        String what = stage.equals("follow-up") ? "the follow-up" : stage.replace("event-", "event ");
        return new TrainingRuleException(null, trainee.name() + " has already given feedback on " + what
                + ": it can be given only once");
    }
}
