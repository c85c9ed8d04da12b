package org.babysteps.delivery;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.internal.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The delivery API over HTTP Basic: same rules, scoping and conflict detection as the pages. */
@PlatformTest
@AutoConfigureMockMvc
class DeliveryApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GroupQueries queries;
    @Autowired
    Enrolments enrolments;
    @Autowired
    Families families;

    @Autowired
    DeliveryFixture fixture;

    private GroupId group;
    private SessionView first;
    private FamilyId family;

    @BeforeEach
    void aGroupWithAFamily() {
        SignedIn signedIn = new SignedIn(users);
        LocalDate start = LocalDate.now().with(DayOfWeek.MONDAY).minusWeeks(1);
        signedIn.run("lead@north.demo", () -> {
            group = fixture.group(start, fixture.pair(true));
            family = fixture.family(start, 12, true);
            enrolments.enrol(group, family, false);
            first = queries.sessions(group).get(0);
        });
    }

    @Test
    void aFacilitatorReadsTheGroupAndItsSessions() throws Exception {
        mvc.perform(get("/api/v1/groups/" + group).with(httpBasic("midwife@north.demo", "demo-password-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessions", hasSize(9)))
                .andExpect(jsonPath("$.sessions[0].status").value("PLANNED"));
    }

    @Test
    void aRegisterSavedOverAnotherIsAConflictWithWhatWasSaved() throws Exception {
        String participant = jdbc.sql("select id from family_member where family_id = ? limit 1")
                .param(family.value()).query(String.class).single();
        String body = "{\"registerVersion\":0,\"marks\":[{\"participantId\":\"" + participant + "\",\"status\":\"PRESENT\"}]}";
        mvc.perform(put("/api/v1/sessions/" + first.id() + "/attendance").with(httpBasic("midwife@north.demo", "demo-password-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.registerVersion").value(1))
                .andExpect(jsonPath("$.lines[0].status").value("PRESENT"));
        mvc.perform(put("/api/v1/sessions/" + first.id() + "/attendance").with(httpBasic("fsw@north.demo", "demo-password-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("PRESENT", "ABSENT")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentRegisterVersion").value(1))
                .andExpect(jsonPath("$.savedBy").value("midwife@north.demo"));
    }

    @Test
    void anotherSitesStaffGetNotFoundAndNothingElse() throws Exception {
        mvc.perform(get("/api/v1/groups/" + group).with(httpBasic("midwife@south.demo", "demo-password-1")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/sessions/" + first.id() + "/attendance").with(httpBasic("midwife@south.demo", "demo-password-1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputIsAProblemListingTheFields() throws Exception {
        mvc.perform(post("/api/v1/groups").with(httpBasic("lead@north.demo", "demo-password-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("name", "siteId", "startDate")));
        mvc.perform(put("/api/v1/sessions/" + first.id() + "/attendance").with(httpBasic("lead@north.demo", "demo-password-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/groups/not-a-uuid").with(httpBasic("lead@north.demo", "demo-password-1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void noCredentialsIsUnauthorisedAndACommissionerIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/groups/" + group)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/groups/" + group).with(httpBasic("commissioner@north.demo", "demo-password-1")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aHomeVisitWithoutVisitorsIsRefusedWithTheField() throws Exception {
        mvc.perform(put("/api/v1/families/" + family + "/home-visits/antenatal-visit")
                        .with(httpBasic("midwife@north.demo", "demo-password-1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"doneOn\":\"" + LocalDate.now() + "\",\"version\":0,\"visitorIds\":[]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("visitors"));
    }
}
