package org.babysteps.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.babysteps.workforce.TrainingFixture.ADMIN;
import static org.babysteps.workforce.TrainingFixture.BABY_STEPS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Course runs on the real database: completion, capacity, overlaps, scoping, train-the-trainer lineage. */
@PlatformTest
@RecordApplicationEvents
class TrainingRunsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    TrainingRecords records;
    @Autowired
    CourseRuns runs;
    @Autowired
    RunMembers members;
    @Autowired
    EventRegisters registers;
    @Autowired
    ApplicationEvents events;

    @Autowired
    TrainingFixture fixture;

    private SignedIn signedIn;
    private final LocalDate start = LocalDate.now().minusMonths(2);

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(users);
    }

    @Test
    void aTraineeAtEveryEventIsTrainedFromTheLastDayAndOtherModulesHear() {
        PractitionerId trainer = fixture.accreditedTrainer(fixture.north());
        PractitionerId keen = fixture.facilitator(fixture.north());
        PractitionerId missedOne = fixture.facilitator(fixture.north());
        CourseRunId run = fixture.run("baby-steps-facilitator", fixture.north(), start, trainer);
        signedIn.run(ADMIN, () -> {
            members.addTrainee(run, keen);
            members.addTrainee(run, missedOne);
            registers.save(run, 1, TrainingFixture.marks(List.of(keen, missedOne), List.of()));
            registers.save(run, 2, TrainingFixture.marks(List.of(keen), List.of(missedOne)));
            registers.save(run, 3, TrainingFixture.marks(List.of(keen, missedOne), List.of()));
            LocalDate lastDay = start.plusWeeks(4).plusDays(1);
            TrainingStatus status = records.status(keen, BABY_STEPS, LocalDate.now());
            assertThat(status.state()).isEqualTo(TrainingState.TRAINED);
            assertThat(status.trainedOn()).isEqualTo(lastDay);
            assertThat(status.validUntil()).isEqualTo(lastDay.plusMonths(36));
            assertThat(records.status(missedOne, BABY_STEPS, LocalDate.now()).state()).isEqualTo(TrainingState.NOT_TRAINED);
            assertThat(records.status(keen, BABY_STEPS, lastDay.plusMonths(36).minusDays(30)).state())
                    .isEqualTo(TrainingState.EXPIRING_SOON);
        });
        assertThat(events.stream(PractitionerTrained.class).filter(e -> e.id().equals(keen))).hasSize(1);
        assertThat(events.stream(PractitionerTrained.class).filter(e -> e.id().equals(missedOne))).isEmpty();
    }

    @Test
    void aCorrectedRegisterUndoesACompletion() {
        PractitionerId trainer = fixture.accreditedTrainer(fixture.north());
        PractitionerId trainee = fixture.facilitator(fixture.north());
        CourseRunId run = fixture.run("baby-steps-facilitator", fixture.north(), start, trainer);
        signedIn.run(ADMIN, () -> members.addTrainee(run, trainee));
        fixture.attendAll(run, List.of(trainee), List.of());
        signedIn.run(ADMIN, () -> {
            assertThat(records.status(trainee, BABY_STEPS, LocalDate.now()).state().valid()).isTrue();
            registers.save(run, 2, TrainingFixture.marks(List.of(), List.of(trainee)));
            assertThat(records.status(trainee, BABY_STEPS, LocalDate.now()).state()).isEqualTo(TrainingState.NOT_TRAINED);
        });
    }

    @Test
    void theThirteenthTraineeIsRefusedAndNotAdded() {
        PractitionerId trainer = fixture.accreditedTrainer(fixture.north());
        CourseRunId run = fixture.run("baby-steps-facilitator", fixture.north(), start.plusMonths(3), trainer);
        List<PractitionerId> trainees = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            trainees.add(fixture.facilitator(fixture.north()));
        }
        signedIn.run(ADMIN, () -> {
            trainees.subList(0, 12).forEach(t -> members.addTrainee(run, t));
            assertThatThrownBy(() -> members.addTrainee(run, trainees.get(12)))
                    .isInstanceOf(TrainingRuleException.class).hasMessageContaining("takes up to 12 trainees");
            assertThat(runs.find(run).trainees()).hasSize(12);
        });
    }

    @Test
    void aTraineeCannotBeAtTwoOverlappingEvents() {
        PractitionerId trainer = fixture.accreditedTrainer(fixture.north());
        PractitionerId otherTrainer = fixture.accreditedTrainer(fixture.north());
        PractitionerId trainee = fixture.facilitator(fixture.north());
        CourseRunId first = fixture.run("baby-steps-facilitator", fixture.north(), start.plusMonths(5), trainer);
        CourseRunId second = fixture.run("baby-steps-facilitator", fixture.north(), start.plusMonths(5).plusWeeks(2).plusDays(1),
                otherTrainer);
        signedIn.run(ADMIN, () -> {
            members.addTrainee(first, trainee);
            assertThatThrownBy(() -> members.addTrainee(second, trainee))
                    .isInstanceOf(TrainingRuleException.class).hasMessageContaining("which overlaps event 1 of this run");
            assertThat(runs.find(second).trainees()).isEmpty();
        });
    }

    @Test
    void onlyAccreditedTrainersTrainAndOnlyTheSitesPractitionersJoinASiteRun() {
        PractitionerId trainer = fixture.accreditedTrainer(fixture.north());
        PractitionerId notATrainer = fixture.facilitator(fixture.north());
        PractitionerId southerner = fixture.facilitator(fixture.south());
        CourseRunId run = fixture.run("baby-steps-facilitator", fixture.north(), start.plusMonths(8), trainer);
        signedIn.run(ADMIN, () -> {
            assertThatThrownBy(() -> members.addTrainer(run, notATrainer)).hasMessageContaining("is not an accredited trainer");
            assertThatThrownBy(() -> members.addTrainee(run, southerner)).hasMessageContaining("does not work at this run's site");
        });
    }

    @Test
    void anotherSitesLeadGetsNotFoundAndTheNorthLeadMayLookButNotRecord() {
        PractitionerId trainer = fixture.accreditedTrainer(fixture.north());
        CourseRunId run = fixture.run("baby-steps-facilitator", fixture.north(), start, trainer);
        signedIn.run("lead@south.demo", () -> {
            assertThatThrownBy(() -> runs.find(run)).isInstanceOf(NotFoundException.class);
            assertThat(runs.calendar()).noneMatch(r -> r.id().equals(run));
        });
        signedIn.run("lead@north.demo", () -> {
            assertThat(runs.find(run).manageable()).isFalse();
            assertThatThrownBy(() -> registers.save(run, 1, Map.of())).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void aSiteTrainerPlansARunAtTheirSiteAndTrainsOnIt() {
        TrainingFixture.TrainerAccount trainer = fixture.trainerWithAccount(fixture.north());
        CourseRunId run = signedIn.as(trainer.email(), () -> runs.plan(new NewCourseRun("baby-steps-facilitator",
                fixture.north(), null, true, List.of(start.plusMonths(10), start.plusMonths(10).plusWeeks(1),
                start.plusMonths(10).plusWeeks(2)))));
        signedIn.run(trainer.email(), () -> {
            assertThat(runs.find(run).trainers()).extracting(RunMember::id).containsExactly(trainer.id());
            assertThat(runs.find(run).manageable()).isTrue();
            assertThatThrownBy(() -> runs.plan(new NewCourseRun("baby-steps-facilitator", null, null, true,
                    List.of(start, start.plusWeeks(1), start.plusWeeks(2))))).hasMessageContaining("national runs");
        });
    }

    @Test
    void trainTheTrainerAccreditsTrainedFacilitatorsAndKeepsTheLineage() {
        PractitionerId root = fixture.accreditedTrainer(fixture.north());
        PractitionerId facilitator = fixture.facilitator(fixture.north());
        PractitionerId untrained = fixture.facilitator(fixture.north());
        CourseRunId course = fixture.run("baby-steps-facilitator", fixture.north(), start.minusMonths(6), root);
        signedIn.run(ADMIN, () -> members.addTrainee(course, facilitator));
        fixture.attendAll(course, List.of(facilitator), List.of());
        CourseRunId trainTheTrainer = fixture.run("baby-steps-trainer", fixture.north(), start, root);
        signedIn.run(ADMIN, () -> {
            assertThatThrownBy(() -> members.addTrainee(trainTheTrainer, untrained))
                    .hasMessageContaining("must be a trained facilitator");
            members.addTrainee(trainTheTrainer, facilitator);
        });
        fixture.attendAll(trainTheTrainer, List.of(facilitator), List.of());
        signedIn.run(ADMIN, () -> {
            assertThat(records.accreditation(facilitator, BABY_STEPS, LocalDate.now()).state()).isEqualTo(TrainingState.TRAINED);
            TrainerLineage lineage = records.trainers(BABY_STEPS, LocalDate.now()).stream()
                    .filter(t -> t.id().equals(root)).findFirst().orElseThrow();
            assertThat(lineage.facilitatorsTrained()).isEqualTo(1);
            assertThat(lineage.trainersTrained()).isEqualTo(1);
            assertThat(lineage.runs()).isEqualTo(2);
            TrainerLineage newTrainer = records.trainers(BABY_STEPS, LocalDate.now()).stream()
                    .filter(t -> t.id().equals(facilitator)).findFirst().orElseThrow();
            assertThat(newTrainer.accreditedThrough()).isEqualTo(trainTheTrainer);
            assertThat(records.facilitatorsTrainedBy(root, BABY_STEPS)).containsExactly(facilitator);
        });
    }
}
