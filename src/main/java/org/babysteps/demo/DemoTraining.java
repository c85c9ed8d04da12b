package org.babysteps.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.workforce.CourseDefinition;
import org.babysteps.workforce.CourseRunId;
import org.babysteps.workforce.CourseRuns;
import org.babysteps.workforce.Courses;
import org.babysteps.workforce.EventRegisters;
import org.babysteps.workforce.FeedbackEntry;
import org.babysteps.workforce.FeedbackQuestion;
import org.babysteps.workforce.NewCourseRun;
import org.babysteps.workforce.PractitionerDetails;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.Practitioners;
import org.babysteps.workforce.Profession;
import org.babysteps.workforce.ProgrammeRole;
import org.babysteps.workforce.RunMembers;
import org.babysteps.workforce.TrainingFeedback;
import org.babysteps.workforce.TrainingRecords;
import org.babysteps.workforce.Workforce;
import org.springframework.stereotype.Component;

/**
 * The north site's training history: the licensor's trainer, a facilitator course ten months ago with registers and
 * feedback (one trainee missed an event, so is not trained), train-the-trainer for the family support worker, and
 * that new site trainer's first course coming up.
 */
@Component
class DemoTraining {

    private static final ProgrammeId BABY_STEPS = new ProgrammeId("baby-steps");

    private final Practitioners practitioners;
    private final Workforce workforce;
    private final TrainingRecords records;
    private final CourseRuns runs;
    private final RunMembers members;
    private final EventRegisters registers;
    private final TrainingFeedback feedback;
    private final Courses courses;

    DemoTraining(Practitioners practitioners, Workforce workforce, TrainingRecords records, CourseRuns runs,
                 RunMembers members, EventRegisters registers, TrainingFeedback feedback, Courses courses) {
        this.practitioners = practitioners;
        this.workforce = workforce;
        this.records = records;
        this.runs = runs;
        this.members = members;
        this.registers = registers;
        this.feedback = feedback;
        this.courses = courses;
    }

    void seed(SiteId north, UserId midwifeUser, UserId fswUser) {
        LocalDate today = LocalDate.now();
        PractitionerId midwife = workforce.ofUser(midwifeUser).orElseThrow().id();
        PractitionerId fsw = workforce.ofUser(fswUser).orElseThrow().id();
        PractitionerId trainer = person(north, "Tara Licensor-Trainer (demo)", Profession.HEALTH_VISITOR, ProgrammeRole.TRAINER, today.minusYears(6));
        records.accredit(trainer, BABY_STEPS, today.minusYears(2), 36, 60);
        PractitionerId visitor = person(north, "Hugo Health-Visitor (demo)", Profession.HEALTH_VISITOR, ProgrammeRole.FACILITATOR, today.minusYears(1));
        PractitionerId earlyYears = person(north, "Elsa Early-Years (demo)", Profession.EARLY_YEARS_PRACTITIONER, ProgrammeRole.FACILITATOR, today.minusYears(1));

        LocalDate start = today.minusMonths(10);
        CourseRunId course = runs.plan(new NewCourseRun("baby-steps-facilitator", north, "Demo Training Centre, 1 Example Road",
                false, List.of(start, start.plusWeeks(2), start.plusWeeks(4))));
        members.addTrainer(course, trainer);
        List<PractitionerId> trainees = List.of(midwife, fsw, visitor, earlyYears);
        trainees.forEach(t -> members.addTrainee(course, t));
        for (int event = 1; event <= 3; event++) {
            Map<PractitionerId, Boolean> marks = new HashMap<>();
            for (PractitionerId t : trainees) {
                marks.put(t, !(event == 2 && t.equals(earlyYears)));
            }
            registers.save(course, event, marks);
        }
        giveFeedback(course, trainees, midwife);

        LocalDate ttt = today.minusMonths(3);
        CourseRunId trainTheTrainer = runs.plan(new NewCourseRun("baby-steps-trainer", north, null, true, List.of(ttt, ttt.plusWeeks(1))));
        members.addTrainer(trainTheTrainer, trainer);
        members.addTrainee(trainTheTrainer, fsw);
        registers.save(trainTheTrainer, 1, Map.of(fsw, true));
        registers.save(trainTheTrainer, 2, Map.of(fsw, true));

        LocalDate next = today.plusMonths(1);
        CourseRunId upcoming = runs.plan(new NewCourseRun("baby-steps-facilitator", north, "North Demo Children's Centre",
                false, List.of(next, next.plusWeeks(2), next.plusWeeks(4))));
        members.addTrainer(upcoming, fsw);
    }

    private void giveFeedback(CourseRunId course, List<PractitionerId> trainees, PractitionerId midwife) {
        CourseDefinition definition = courses.find("baby-steps-facilitator").orElseThrow();
        List<FeedbackQuestion> questions = definition.eventQuestions();
        for (int event = 1; event <= 3; event++) {
            for (int i = 0; i < 3; i++) {
                Map<String, Integer> ratings = new HashMap<>();
                for (int q = 0; q < questions.size(); q++) {
                    ratings.put(questions.get(q).code(), Math.min(5, 2 + event / 2 + (q + i) % 3));
                }
                feedback.submit(course, new FeedbackEntry(event, trainees.get(i), ratings,
                        i == 0 ? "More time practising the filming would help" : null));
            }
        }
        Map<String, Integer> followUp = new HashMap<>();
        definition.followUpQuestions().forEach(q -> followUp.put(q.code(), 4));
        feedback.submit(course, new FeedbackEntry(null, midwife, followUp, "Confident after my first group"));
    }

    private PractitionerId person(SiteId site, String name, Profession profession, ProgrammeRole role, LocalDate started) {
        return practitioners.add(new PractitionerDetails(null, name, null, profession, Set.of(site), started, null,
                new BigDecimal("7.5"), Set.of(role)));
    }
}
