package org.babysteps.workforce;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Training pages and the course run API: same rules and scoping, clear messages for bad input. */
@PlatformTest
@AutoConfigureMockMvc
class TrainingWebTest {

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

    private TrainingFixture.TrainerAccount trainer;
    private CourseRunId run;
    private PractitionerId trainee;

    @BeforeEach
    void aRunWithATraineeAndASiteTrainer() {
        SignedIn signedIn = new SignedIn(users);
        trainer = fixture.trainerWithAccount(fixture.north());
        trainee = fixture.facilitator(fixture.north());
        run = fixture.run("baby-steps-facilitator", fixture.north(), LocalDate.now().minusWeeks(5), trainer.id());
        signedIn.run(TrainingFixture.ADMIN, () -> members.addTrainee(run, trainee));
    }

    @Test
    void theTrainerSavesARegisterOverTheApiAndTheSouthGetsNotFound() throws Exception {
        String body = "{\"marks\":[{\"practitionerId\":\"" + trainee + "\",\"present\":true}]}";
        mvc.perform(put("/api/v1/course-runs/" + run + "/events/1/attendance").with(httpBasic(trainer.email(), TrainingFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marks[0].present").value(true));
        mvc.perform(get("/api/v1/course-runs/" + run).with(httpBasic(trainer.email(), TrainingFixture.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events", Matchers.hasSize(3)))
                .andExpect(jsonPath("$.events[0].registerSavedAt").exists());
        mvc.perform(put("/api/v1/course-runs/" + run + "/events/1/attendance").with(httpBasic("lead@south.demo", "demo-password-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("not even json"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/course-runs/" + run).with(httpBasic("lead@south.demo", "demo-password-1")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aRegisterMissingSomeoneIsAProblemNamingThem() throws Exception {
        mvc.perform(put("/api/v1/course-runs/" + run + "/events/2/attendance").with(httpBasic(trainer.email(), TrainingFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"marks\":[]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("attendance-" + trainee));
        mvc.perform(post("/training/runs/" + run + "/events/2/register").with(csrf()).param("version", "0")
                        .with(user(users.findByEmail(trainer.email()).orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("was present or absent")));
    }

    @Test
    void apiPlansARunAndRefusesTooFewDates() throws Exception {
        LocalDate day = LocalDate.now().plusMonths(2);
        mvc.perform(post("/api/v1/course-runs").with(httpBasic("admin@licensor.demo", "demo-password-1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"courseCode\":\"baby-steps-facilitator\",\"online\":true,\"eventFirstDays\":[\"" + day + "\"]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("has 3 events")));
        mvc.perform(post("/api/v1/course-runs").with(httpBasic("admin@licensor.demo", "demo-password-1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"courseCode\":\"baby-steps-facilitator\",\"online\":true,\"eventFirstDays\":[\""
                                + day + "\",\"" + day.plusWeeks(1) + "\",\"" + day.plusWeeks(2) + "\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.siteId").doesNotExist())
                .andExpect(jsonPath("$.events[2].endsOn").value(day.plusWeeks(2).plusDays(1).toString()));
    }

    @Test
    void pagesRenderForTheLicensor() throws Exception {
        var admin = user(users.findByEmail("admin@licensor.demo").orElseThrow());
        for (String page : List.of("/training", "/training/runs/" + run, "/training/runs/" + run + "/events/1/register",
                "/training/runs/" + run + "/feedback", "/training/trainers", "/training/trends", "/training/runs/new",
                "/training/runs/new?course=baby-steps-facilitator",
                "/training/runs/" + run + "/events/1/feedback?trainee=" + trainee)) {
            mvc.perform(get(page).with(admin)).andExpect(status().isOk());
        }
        mvc.perform(post("/training/runs").with(csrf()).with(admin).param("courseCode", "baby-steps-facilitator")
                        .param("eventDates[0]", "2027-02-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("must be a real date")));
    }
}
