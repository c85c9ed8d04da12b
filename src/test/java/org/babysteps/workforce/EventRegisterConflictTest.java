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

/** Two people saving the same event register: the second, built on the older version, is refused. */
@PlatformTest
@AutoConfigureMockMvc
class EventRegisterConflictTest {

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
    EventRegisters registers;

    @Autowired
    TrainingFixture fixture;

    private SignedIn signedIn;
    private TrainingFixture.TrainerAccount trainer;
    private PractitionerId trainee;
    private CourseRunId run;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(users);
        trainer = fixture.trainerWithAccount(fixture.north());
        trainee = fixture.facilitator(fixture.north());
        run = fixture.run("baby-steps-facilitator", fixture.north(), LocalDate.now().minusWeeks(5), trainer.id());
        signedIn.run(ADMIN, () -> members.addTrainee(run, trainee));
    }

    @Test
    void aSaveOnAStaleVersionIsRefusedNamingWhoSavedAndChangesNothing() {
        signedIn.run(ADMIN, () -> {
            int seen = registers.sheet(run, 1).event().registerVersion();
            assertThat(seen).isZero();
            registers.save(run, 1, seen, TrainingFixture.marks(List.of(trainee), List.of()));
            assertThatThrownBy(() -> registers.save(run, 1, seen, TrainingFixture.marks(List.of(), List.of(trainee))))
                    .isInstanceOf(TrainingRuleException.class)
                    .hasMessageContaining(ADMIN + " saved this register at ")
                    .hasMessageContaining("Nothing you entered was saved");
            EventRegister now = registers.sheet(run, 1);
            assertThat(now.marks()).containsEntry(trainee, true);
            assertThat(now.event().registerVersion()).isEqualTo(1);
            registers.save(run, 1, 1, TrainingFixture.marks(List.of(), List.of(trainee)));
            assertThat(registers.sheet(run, 1).marks()).containsEntry(trainee, false);
        });
    }

    @Test
    void theFormCarriesItsVersionAndAStaleFormShowsWhoSavedIt() throws Exception {
        var admin = user(users.findByEmail(ADMIN).orElseThrow());
        var trainerUser = user(users.findByEmail(trainer.email()).orElseThrow());
        mvc.perform(get("/training/runs/" + run + "/events/1/register").with(trainerUser))
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"0\"")));
        mvc.perform(post("/training/runs/" + run + "/events/1/register").with(csrf()).with(admin)
                        .param("version", "0").param("attendance-" + trainee, "PRESENT"))
                .andExpect(redirectedUrl("/training/runs/" + run));
        mvc.perform(post("/training/runs/" + run + "/events/1/register").with(csrf()).with(trainerUser)
                        .param("version", "0").param("attendance-" + trainee, "ABSENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(Matchers.containsString(ADMIN + " saved this register")))
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"1\"")));
        signedIn.run(ADMIN, () -> assertThat(registers.sheet(run, 1).marks()).containsEntry(trainee, true));
    }
}
