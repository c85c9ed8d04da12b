package org.babysteps.programme;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.babysteps.PlatformTest;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Anyone signed in can read the programmes and their rules; unknown and malformed ids answer 404. */
@PlatformTest
@AutoConfigureMockMvc
class ProgrammePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;

    private CurrentUser northLead;

    @BeforeEach
    void signIn() {
        northLead = users.findByEmail("lead@north.demo").orElseThrow();
    }

    @Test
    void theListShowsBabyStepsWithALinkToItsCurriculum() throws Exception {
        mvc.perform(get("/programmes").with(user(northLead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Programmes</h1>")))
                .andExpect(content().string(containsString("href=\"/programmes/baby-steps\"")))
                .andExpect(content().string(containsString("1 programme")))
                .andExpect(content().string(containsString("<th scope=\"col\"")));
    }

    @Test
    void theCurriculumShowsEveryContactInOrderWithItsThemes() throws Exception {
        mvc.perform(get("/programmes/baby-steps").with(user(northLead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Antenatal home visit (26 to 30 weeks of pregnancy)")))
                .andExpect(content().string(containsString("2 home visits and 9 group sessions, in the order a family goes through them")))
                .andExpect(content().string(containsString("Postnatal group session 9")))
                .andExpect(content().string(containsString("Talk and listen time filmed")))
                .andExpect(content().string(containsString("15 weeks after the first session")))
                .andExpect(content().string(containsString("who is there for us (people and services)")))
                .andExpect(content().string(containsString("class=\"app-table-wrapper\" role=\"region\" tabindex=\"0\"")))
                .andExpect(content().string(containsString("<th scope=\"row\"")));
    }

    @Test
    void theRulesAreWrittenInPlainEnglish() throws Exception {
        mvc.perform(get("/programmes/baby-steps").with(user(northLead)))
                .andExpect(content().string(containsString("Up to 8 families. Families referred to a full group go on its waiting list.")))
                .andExpect(content().string(containsString("24 to 32 weeks pregnant at the group&#39;s first session")))
                .andExpect(content().string(containsString("At least 6 of the 9 group sessions.")))
                .andExpect(content().string(containsString(
                        "Every group session is run by at least one health facilitator and one children&#39;s services facilitator.")))
                .andExpect(content().string(containsString("Only facilitators trained in the programme count.")))
                .andExpect(content().string(containsString("Self-referral")))
                .andExpect(content().string(containsString("Care-experienced parent")));
    }

    @Test
    void anEarlierVersionCanBeAskedForAndAnUnknownOneIsNotFound() throws Exception {
        mvc.perform(get("/programmes/baby-steps").param("version", "1").with(user(northLead)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("This is an earlier version"))));
        mvc.perform(get("/programmes/baby-steps").param("version", "99").with(user(northLead)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/baby-steps").param("version", "latest").with(user(northLead)))
                .andExpect(status().isNotFound());
    }

    @Test
    void unknownAndMalformedIdsAnswerNotFound() throws Exception {
        mvc.perform(get("/programmes/no-such-programme").with(user(northLead))).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/Not A Programme!").with(user(northLead))).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/" + "x".repeat(80)).with(user(northLead))).andExpect(status().isNotFound());
    }

    @Test
    void nobodySignedInIsSentToSignIn() throws Exception {
        mvc.perform(get("/programmes"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
