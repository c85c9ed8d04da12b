package org.babysteps.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.babysteps.workforce.TrainingFixture.ADMIN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Cancelling a run before it starts and taking a trainee off a run, on the real database and pages. */
@PlatformTest
@AutoConfigureMockMvc
class RunChangesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    CourseRuns runs;
    @Autowired
    RunMembers members;

    @Autowired
    TrainingFixture fixture;

    private SignedIn signedIn;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(users);
    }

    @Test
    void aCancelledRunStaysMarkedAndItsEventsNoLongerCount() {
        PractitionerId trainer = fixture.accreditedTrainer(fixture.north());
        PractitionerId otherTrainer = fixture.accreditedTrainer(fixture.north());
        PractitionerId trainee = fixture.facilitator(fixture.north());
        LocalDate first = LocalDate.now().plusMonths(6);
        CourseRunId cancelled = fixture.run("baby-steps-facilitator", fixture.north(), first, trainer);
        CourseRunId same = fixture.run("baby-steps-facilitator", fixture.north(), first, otherTrainer);
        signedIn.run(ADMIN, () -> {
            members.addTrainee(cancelled, trainee);
            assertThatThrownBy(() -> members.addTrainee(same, trainee)).hasMessageContaining("overlaps");
            assertThatThrownBy(() -> runs.cancel(cancelled, " ")).isInstanceOf(TrainingRuleException.class)
                    .hasMessage("Enter why the run is cancelled");
            runs.cancel(cancelled, "Venue closed");
            CourseRunView run = runs.find(cancelled);
            assertThat(run.cancelled()).isTrue();
            assertThat(run.manageable()).isFalse();
            assertThat(run.cancellation().reason()).isEqualTo("Venue closed");
            assertThat(run.cancellation().cancelledBy()).isEqualTo(ADMIN);
            assertThat(run.cancellation().cancelledOn()).isEqualTo(LocalDate.now());
            assertThat(run.trainees()).hasSize(1);
            assertThat(runs.calendar()).filteredOn(r -> r.id().equals(cancelled)).singleElement()
                    .satisfies(r -> assertThat(r.cancelled()).isTrue());
            members.addTrainee(same, trainee);
            assertThatThrownBy(() -> runs.cancel(cancelled, "Again")).hasMessageContaining("cancelled");
            assertThatThrownBy(() -> members.addTrainee(cancelled, fixture.facilitator(fixture.north())))
                    .isInstanceOf(TrainingRuleException.class).hasMessageContaining("cancelled");
        });
    }

    @Test
    void aRunThatStartedCannotBeCancelled() {
        PractitionerId trainer = fixture.accreditedTrainer(fixture.north());
        CourseRunId run = fixture.run("baby-steps-facilitator", fixture.north(), LocalDate.now(), trainer);
        signedIn.run(ADMIN, () -> {
            assertThatThrownBy(() -> runs.cancel(run, "Too late")).hasMessageContaining("so it cannot be cancelled");
            assertThat(runs.find(run).cancelled()).isFalse();
        });
    }

    @Test
    void aTraineeComesOffWithTheirMarksButNotAfterCompleting() {
        PractitionerId trainer = fixture.accreditedTrainer(fixture.north());
        PractitionerId leaving = fixture.facilitator(fixture.north());
        PractitionerId completing = fixture.facilitator(fixture.north());
        CourseRunId run = fixture.run("baby-steps-facilitator", fixture.north(), LocalDate.now().minusMonths(3), trainer);
        signedIn.run(ADMIN, () -> {
            members.addTrainee(run, leaving);
            members.addTrainee(run, completing);
        });
        fixture.attendAll(run, List.of(completing), List.of(leaving));
        signedIn.run(ADMIN, () -> {
            members.removeTrainee(run, leaving);
            assertThat(runs.find(run).trainees()).extracting(RunMember::id).containsExactly(completing);
            assertThatThrownBy(() -> members.removeTrainee(run, completing)).isInstanceOf(TrainingRuleException.class)
                    .hasMessageContaining("completed this run on");
            assertThat(runs.find(run).trainees()).hasSize(1);
        });
        signedIn.run("lead@north.demo", () -> assertThatThrownBy(() -> members.removeTrainee(run, completing))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class));
    }

    @Test
    void thePagesConfirmFirstAndShowProblemsNextToTheField() throws Exception {
        PractitionerId trainer = fixture.accreditedTrainer(fixture.north());
        PractitionerId trainee = fixture.facilitator(fixture.north());
        CourseRunId run = fixture.run("baby-steps-facilitator", fixture.north(), LocalDate.now().plusMonths(8), trainer);
        signedIn.run(ADMIN, () -> members.addTrainee(run, trainee));
        var admin = user(users.findByEmail(ADMIN).orElseThrow());
        mvc.perform(get("/training/runs/" + run).with(admin))
                .andExpect(content().string(Matchers.containsString("/training/runs/" + run + "/cancellation")))
                .andExpect(content().string(Matchers.containsString("/trainees/" + trainee + "/removal")));
        mvc.perform(get("/training/runs/" + run + "/trainees/" + trainee + "/removal").with(admin))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("off this run?")));
        mvc.perform(post("/training/runs/" + run + "/trainees/" + trainee + "/removal").with(csrf()).with(admin))
                .andExpect(redirectedUrl("/training/runs/" + run));
        mvc.perform(get("/training/runs/" + run + "/cancellation").with(admin))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Cancel the run")));
        mvc.perform(post("/training/runs/" + run + "/cancellation").with(csrf()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(Matchers.containsString("reason-error")));
        mvc.perform(post("/training/runs/" + run + "/cancellation").with(csrf()).with(admin).param("reason", "No trainees"))
                .andExpect(redirectedUrl("/training/runs/" + run));
        mvc.perform(get("/training/runs/" + run).with(admin))
                .andExpect(content().string(Matchers.containsString("Cancelled on")))
                .andExpect(content().string(Matchers.containsString("No trainees")));
        mvc.perform(get("/training").with(admin))
                .andExpect(content().string(Matchers.containsString("govuk-tag--red")));
    }
}
