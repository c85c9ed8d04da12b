package org.babysteps.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.babysteps.workforce.TrainingFixture.ADMIN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.NewUserAccount;
import org.babysteps.identity.Role;
import org.babysteps.identity.UserAccounts;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.UserId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A facilitator's own training page lists the follow-ups they owe, with a link to give each. */
@PlatformTest
@AutoConfigureMockMvc
class MyFollowUpsTest {

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
    UserAccounts accounts;
    @Autowired
    TrainingFeedback feedback;
    @Autowired
    Courses courses;

    @Autowired
    TrainingFixture fixture;

    private SignedIn signedIn;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(users);
    }

    @Test
    void onlyCompletedCoursesPastTheirFollowUpMonthsAndNotYetFollowedUpAreListed() throws Exception {
        String email = "facilitator-" + TrainingFixture.unique() + "@north.test";
        UserId account = signedIn.as(ADMIN, () -> accounts.create(new NewUserAccount(email, "Facilitator " + email, null,
                Set.of(Role.FACILITATOR), Set.of(fixture.north()), TrainingFixture.PASSWORD)));
        PractitionerId me = fixture.practitioner(fixture.north(), "Facilitator", account, ProgrammeRole.FACILITATOR);
        PractitionerId trainer = fixture.accreditedTrainer(fixture.north());
        CourseRunId longAgo = fixture.run("baby-steps-facilitator", fixture.north(), LocalDate.now().minusMonths(9), trainer);
        CourseRunId recent = fixture.run("baby-steps-facilitator", fixture.north(), LocalDate.now().minusMonths(3), trainer);
        signedIn.run(ADMIN, () -> {
            members.addTrainee(longAgo, me);
            members.addTrainee(recent, me);
        });
        fixture.attendAll(longAgo, List.of(me), List.of());
        fixture.attendAll(recent, List.of(me), List.of());

        List<FollowUpDue> due = signedIn.as(email, () -> feedback.myFollowUpsDue());
        assertThat(due).extracting(FollowUpDue::runId).containsExactly(longAgo);
        assertThat(due.get(0).dueOn()).isEqualTo(due.get(0).completedOn().plusMonths(6));
        mvc.perform(get("/training").with(user(users.findByEmail(email).orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Your follow-ups due")))
                .andExpect(content().string(Matchers.containsString("/training/runs/" + longAgo + "/follow-up")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/training/runs/" + recent + "/follow-up"))));

        Map<String, Integer> answers = new HashMap<>();
        courses.find("baby-steps-facilitator").orElseThrow().followUpQuestions().forEach(q -> answers.put(q.code(), 4));
        signedIn.run(email, () -> feedback.submit(longAgo, new FeedbackEntry(null, null, answers, null)));
        assertThat(signedIn.as(email, () -> feedback.myFollowUpsDue())).isEmpty();
        mvc.perform(get("/training").with(user(users.findByEmail(email).orElseThrow())))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Your follow-ups due"))));
        assertThat(signedIn.as(ADMIN, () -> feedback.myFollowUpsDue())).isEmpty();
    }
}
