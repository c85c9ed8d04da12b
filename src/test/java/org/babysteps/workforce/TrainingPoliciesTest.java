package org.babysteps.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.workforce.EventOverlapPolicy.DatedEvent;
import org.babysteps.workforce.TrainingValidityPolicy.Completion;
import org.junit.jupiter.api.Test;

/** Trained status and expiry, completion, overlapping events, capacity and scheduling: no Spring needed. */
class TrainingPoliciesTest {

    private static final LocalDate COMPLETED = LocalDate.of(2026, 3, 13);

    static CourseDefinition facilitatorCourse() {
        List<FeedbackQuestion> questions = List.of(new FeedbackQuestion("clarity", "How clear?"));
        return new CourseDefinition("baby-steps-facilitator", 1, new ProgrammeId("baby-steps"), CourseKind.FACILITATOR,
                "Baby Steps facilitator training", 12, 36, 90, false, List.of(new CourseModule("m", "Module")),
                List.of(new CourseEventDefinition(1, "One", 2, true, List.of("m")),
                        new CourseEventDefinition(2, "Two", 2, true, List.of("m")),
                        new CourseEventDefinition(3, "Three", 2, true, List.of("m"))),
                questions, 6, questions);
    }

    @Test
    void trainedCountsUntilTheEndOfValidityAndWarnsAheadOfIt() {
        LocalDate until = TrainingValidityPolicy.validUntil(COMPLETED, 36);
        assertThat(until).isEqualTo(LocalDate.of(2029, 3, 13));
        assertThat(TrainingValidityPolicy.state(until, 90, COMPLETED)).isEqualTo(TrainingState.TRAINED);
        assertThat(TrainingValidityPolicy.state(until, 90, until.minusDays(91))).isEqualTo(TrainingState.TRAINED);
        assertThat(TrainingValidityPolicy.state(until, 90, until.minusDays(90))).isEqualTo(TrainingState.EXPIRING_SOON);
        assertThat(TrainingValidityPolicy.state(until, 90, until)).isEqualTo(TrainingState.EXPIRING_SOON);
        assertThat(TrainingValidityPolicy.state(until, 90, until.plusDays(1))).isEqualTo(TrainingState.EXPIRED);
        assertThat(TrainingState.EXPIRING_SOON.valid()).isTrue();
        assertThat(TrainingState.EXPIRED.valid()).isFalse();
    }

    @Test
    void aRefresherRenewsTrainingFromItsOwnDate() {
        Completion first = new Completion(COMPLETED, COMPLETED.plusMonths(36), 90);
        LocalDate refreshed = COMPLETED.plusMonths(35);
        Completion refresher = new Completion(refreshed, refreshed.plusMonths(36), 90);
        LocalDate day = COMPLETED.plusMonths(37);
        assertThat(TrainingValidityPolicy.status(List.of(first), day).state()).isEqualTo(TrainingState.EXPIRED);
        TrainingStatus renewed = TrainingValidityPolicy.status(List.of(refresher, first), day);
        assertThat(renewed.state()).isEqualTo(TrainingState.TRAINED);
        assertThat(renewed.trainedOn()).isEqualTo(refreshed);
    }

    @Test
    void nobodyIsTrainedBeforeTheyCompleteOrWithoutARecord() {
        Completion only = new Completion(COMPLETED, COMPLETED.plusMonths(36), 90);
        assertThat(TrainingValidityPolicy.status(List.of(only), COMPLETED.minusDays(1))).isEqualTo(TrainingStatus.notTrained());
        assertThat(TrainingValidityPolicy.status(List.of(), COMPLETED).state()).isEqualTo(TrainingState.NOT_TRAINED);
    }

    @Test
    void everyRequiredEventAttendedCompletesOnTheLastEventsLastDay() {
        Map<Integer, LocalDate> ends = Map.of(1, LocalDate.of(2026, 1, 14), 2, LocalDate.of(2026, 2, 11),
                3, COMPLETED);
        var outcome = CourseCompletionPolicy.assess(facilitatorCourse(), ends, Set.of(1, 2, 3));
        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.completedOn()).isEqualTo(COMPLETED);
        var missed = CourseCompletionPolicy.assess(facilitatorCourse(), ends, Set.of(1, 3));
        assertThat(missed.complete()).isFalse();
        assertThat(missed.missingEvents()).containsExactly(2);
    }

    @Test
    void eventsOverlapWhenTheyShareADay() {
        DatedEvent mine = new DatedEvent("event 1", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5));
        DatedEvent sameLastDay = new DatedEvent("other event 2", LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 6));
        DatedEvent dayAfter = new DatedEvent("other event 3", LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 7));
        assertThat(EventOverlapPolicy.firstClash(List.of(mine), List.of(dayAfter))).isEmpty();
        assertThat(EventOverlapPolicy.firstClash(List.of(mine), List.of(dayAfter, sameLastDay)))
                .hasValueSatisfying(clash -> assertThat(clash.existing().name()).isEqualTo("other event 2"));
    }

    @Test
    void aRunTakesNoMoreTraineesThanTheCourseAllows() {
        assertThat(CourseCapacityPolicy.hasRoom(11, 1, 12)).isTrue();
        assertThat(CourseCapacityPolicy.hasRoom(12, 1, 12)).isFalse();
        assertThat(CourseCapacityPolicy.fullMessage(facilitatorCourse(), 12)).contains("up to 12 trainees");
    }

    @Test
    void eventsLastTheirCoursesDaysAndRunInOrder() {
        LocalDate monday = LocalDate.of(2026, 6, 1);
        var events = CourseSchedulePolicy.schedule(facilitatorCourse(),
                List.of(monday, monday.plusWeeks(2), monday.plusWeeks(4)));
        assertThat(events).extracting(CourseSchedulePolicy.DatedCourseEvent::endsOn)
                .containsExactly(monday.plusDays(1), monday.plusWeeks(2).plusDays(1), monday.plusWeeks(4).plusDays(1));
        assertThatThrownBy(() -> CourseSchedulePolicy.schedule(facilitatorCourse(),
                List.of(monday, monday.plusDays(1), monday.plusWeeks(4))))
                .isInstanceOf(TrainingRuleException.class).hasMessageContaining("Event 2 must start after event 1 ends");
        assertThatThrownBy(() -> CourseSchedulePolicy.schedule(facilitatorCourse(), List.of(monday)))
                .hasMessageContaining("has 3 events");
    }

    @Test
    void messagesWriteDateRangesAsPeopleReadThem() {
        assertThat(TrainingDates.range(LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 15))).isEqualTo("14 to 15 January 2027");
        assertThat(TrainingDates.range(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 1))).isEqualTo("31 January to 1 February 2027");
        assertThat(TrainingDates.range(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1))).isEqualTo("31 December 2026 to 1 January 2027");
    }
}
