package org.babysteps.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.babysteps.workforce.TrainingFixture.ADMIN;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Feedback on the real database: once per trainee and event, complete or not at all, results and trends. */
@PlatformTest
class TrainingFeedbackTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    RunMembers members;
    @Autowired
    TrainingFeedback feedback;
    @Autowired
    FeedbackReports reports;
    @Autowired
    Courses courses;

    @Autowired
    TrainingFixture fixture;

    private SignedIn signedIn;
    private CourseRunId run;
    private PractitionerId first;
    private PractitionerId second;

    @BeforeEach
    void aFinishedRunWithTwoTrainees() {
        signedIn = new SignedIn(users);
        PractitionerId trainer = fixture.accreditedTrainer(fixture.north());
        first = fixture.facilitator(fixture.north());
        second = fixture.facilitator(fixture.north());
        run = fixture.run("baby-steps-facilitator", fixture.north(), LocalDate.now().minusMonths(8), trainer);
        signedIn.run(ADMIN, () -> {
            members.addTrainee(run, first);
            members.addTrainee(run, second);
        });
        fixture.attendAll(run, List.of(first, second), List.of());
    }

    private Map<String, Integer> ratings(int value) {
        Map<String, Integer> ratings = new HashMap<>();
        courses.find("baby-steps-facilitator").orElseThrow().eventQuestions().forEach(q -> ratings.put(q.code(), value));
        return ratings;
    }

    @Test
    void feedbackGivenTwiceIsRefusedAndTheFirstStands() {
        signedIn.run(ADMIN, () -> {
            feedback.submit(run, new FeedbackEntry(1, first, ratings(4), "Clear, but filming practice was short"));
            assertThatThrownBy(() -> feedback.submit(run, new FeedbackEntry(1, first, ratings(1), "again")))
                    .isInstanceOf(TrainingRuleException.class).hasMessageContaining("already given feedback on event 1");
            FeedbackResults results = reports.results(run);
            assertThat(results.stages().get(0).respondents()).isEqualTo(1);
            assertThat(results.stages().get(0).questions()).allSatisfy(q -> assertThat(q.average()).isEqualTo(4.0));
            assertThat(results.comments()).extracting(FeedbackResults.Comment::text)
                    .containsExactly("Clear, but filming practice was short");
        });
    }

    @Test
    void feedbackMissingARatingSavesNothing() {
        signedIn.run(ADMIN, () -> {
            Map<String, Integer> partial = ratings(5);
            partial.remove("confidence-filming");
            assertThatThrownBy(() -> feedback.submit(run, new FeedbackEntry(2, second, partial, null)))
                    .isInstanceOf(TrainingRuleException.class).hasMessageContaining("How confident do you feel filming")
                    .extracting("field").isEqualTo("rating-confidence-filming");
            assertThat(reports.results(run).stages().get(1).respondents()).isZero();
            feedback.submit(run, new FeedbackEntry(2, second, ratings(5), null));
            assertThat(reports.results(run).stages().get(1).respondents()).isEqualTo(1);
        });
    }

    @Test
    void theFollowUpOpensMonthsAfterTheCourseAndTrendsCountIt() {
        Map<String, Integer> followUp = new HashMap<>();
        courses.find("baby-steps-facilitator").orElseThrow().followUpQuestions().forEach(q -> followUp.put(q.code(), 3));
        signedIn.run(ADMIN, () -> {
            feedback.submit(run, new FeedbackEntry(null, first, followUp, "More confident after the second group"));
            feedback.submit(run, new FeedbackEntry(3, first, ratings(2), null));
            FeedbackTrend trend = reports.trend("baby-steps-facilitator", "confidence-filming", false);
            assertThat(trend.points()).isNotEmpty().allSatisfy(p -> assertThat(p.courseVersion()).isEqualTo(1));
            FeedbackTrend later = reports.trend("baby-steps-facilitator", "confidence-filming", true);
            assertThat(later.points()).anySatisfy(p -> assertThat(p.answers()).isPositive());
        });
    }

    @Test
    void onlyTheRunsOwnTraineesGiveTheirOwnFeedback() {
        signedIn.run("midwife@north.demo", () -> assertThatThrownBy(
                () -> feedback.submit(run, new FeedbackEntry(1, null, ratings(4), null)))
                .isInstanceOf(org.babysteps.platform.NotFoundException.class));
        signedIn.run(ADMIN, () -> assertThatThrownBy(
                () -> feedback.submit(run, new FeedbackEntry(1, null, ratings(4), null)))
                .hasMessageContaining("Only this run's trainees"));
    }
}
