package org.babysteps.workforce;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.platform.NotFoundException;
import org.babysteps.workforce.FeedbackResults.Comment;
import org.babysteps.workforce.FeedbackResults.QuestionResult;
import org.babysteps.workforce.FeedbackResults.Stage;
import org.babysteps.workforce.internal.FeedbackStore;
import org.babysteps.workforce.internal.FeedbackStore.AverageRow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What trainees said, without their names: per run for its trainers and the licensor, and by quarter across
 * every run of a course for the licensor, so a change to the course shows as a change in confidence.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackReports {

    private final RunViews views;
    private final FeedbackStore feedback;
    private final Courses courses;
    private final TrainingCaller caller;
    private final AuditLog auditLog;

    FeedbackReports(RunViews views, FeedbackStore feedback, Courses courses, TrainingCaller caller, AuditLog auditLog) {
        this.views = views;
        this.feedback = feedback;
        this.courses = courses;
        this.caller = caller;
        this.auditLog = auditLog;
    }

    public FeedbackResults results(CourseRunId id) {
        CourseRunView run = views.visible(id);
        if (!run.manageable()) {
            throw new AccessDeniedException("Feedback results are for the run's trainers and the licensor");
        }
        List<AverageRow> averages = feedback.averages(id.value());
        List<Stage> stages = new ArrayList<>();
        for (CourseEventView event : run.events()) {
            stages.add(stage(event.number(), "Event " + event.number(), run.course().eventQuestions(), averages));
        }
        stages.add(stage(null, "Follow-up after " + run.course().followUpMonths() + " months",
                run.course().followUpQuestions(), averages));
        List<Comment> comments = feedback.comments(id.value()).stream()
                .map(c -> new Comment(c.eventNumber() == null ? "Follow-up" : "Event " + c.eventNumber(), c.text()))
                .toList();
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "training-feedback", id, run.siteId()));
        return new FeedbackResults(run, stages, comments);
    }

    private static Stage stage(Integer event, String name, List<FeedbackQuestion> questions, List<AverageRow> rows) {
        List<QuestionResult> results = questions.stream().map(question -> rows.stream()
                        .filter(row -> Objects.equals(row.eventNumber(), event) && row.questionCode().equals(question.code()))
                        .findFirst()
                        .map(row -> new QuestionResult(question, row.average(), row.answers()))
                        .orElse(new QuestionResult(question, null, 0)))
                .toList();
        return new Stage(event, name, results);
    }

    /** Every question asked by any version of a course, after events or at follow-up, for choosing a trend. */
    public List<FeedbackQuestion> trendQuestions(String courseCode, boolean followUp) {
        Set<FeedbackQuestion> questions = new LinkedHashSet<>();
        courses.versions(courseCode).forEach(course -> questions.addAll(followUp ? course.followUpQuestions()
                : course.eventQuestions()));
        return questions.stream().filter(distinctCodes(new LinkedHashSet<>())).toList();
    }

    private static java.util.function.Predicate<FeedbackQuestion> distinctCodes(Set<String> seen) {
        return question -> seen.add(question.code());
    }

    public FeedbackTrend trend(String courseCode, String questionCode, boolean followUp) {
        caller.requireLicensor();
        CourseDefinition course = courses.find(courseCode).orElseThrow(() -> new NotFoundException("Course"));
        FeedbackQuestion question = trendQuestions(courseCode, followUp).stream()
                .filter(q -> q.code().equals(questionCode)).findFirst()
                .orElseThrow(() -> new TrainingRuleException("question", "Select a question"));
        List<FeedbackTrend.Point> points = feedback.byQuarter(courseCode, questionCode, followUp).stream()
                .map(row -> new FeedbackTrend.Point(row.year() + " Q" + row.quarter(), row.courseVersion(),
                        row.average(), row.answers()))
                .toList();
        return new FeedbackTrend(course, question, followUp, points);
    }
}
