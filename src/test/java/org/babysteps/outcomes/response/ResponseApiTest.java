package org.babysteps.outcomes.response;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.family.Consents;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Responses and scores through /api/v1: recorded and scored like the pages, refused with problem details. */
@PlatformTest
@AutoConfigureMockMvc
class ResponseApiTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserStore users;
    @Autowired FamilyRegistration registration;
    @Autowired Consents consents;
    @Autowired Families families;

    private QuestionnaireFixtures fixtures;
    private FamilyId family;
    private UUID parent;

    @BeforeEach
    void setUp() {
        fixtures = new QuestionnaireFixtures(new SignedIn(users), registration, consents, families);
        SiteId north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
        family = fixtures.couple(north, true);
        parent = fixtures.firstParent(family);
    }

    @Test
    void aCompletedEpdsIsRecordedScoredAndListedWithItsVersionAndAnswersOnlyWhenAsked() throws Exception {
        mvc.perform(asMidwife(post(path())).content(epds("1", "1")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score.total").value(2))
                .andExpect(jsonPath("$.instrumentVersion").value(1))
                .andExpect(jsonPath("$.answers").doesNotExist());

        mvc.perform(asMidwife(get(path())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].instrumentCode").value("epds"))
                .andExpect(jsonPath("$[0].answers").doesNotExist());
        mvc.perform(asMidwife(get(path()).param("include", "answers")))
                .andExpect(jsonPath("$[0].answers.1").value(1));
    }

    @Test
    void anAnswerOutOfRangeIsAProblemNamingTheItemAndNothingIsSaved() throws Exception {
        mvc.perform(asMidwife(post(path())).content(epds("1", "7")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", hasItem("item-2")));
        mvc.perform(asMidwife(get(path()))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anotherSitesFacilitatorGetsNotFound() throws Exception {
        mvc.perform(get(path()).with(httpBasic("midwife@south.demo", "demo-password-1")))
                .andExpect(status().isNotFound());
    }

    private String path() {
        return "/api/v1/families/" + family + "/responses";
    }

    /** EPDS with items 1 and 2 answered as given and the rest at their least worrying answer. */
    private String epds(String item1, String item2) {
        StringBuilder answers = new StringBuilder("\"1\": " + item1 + ", \"2\": " + item2);
        for (int item = 3; item <= 10; item++) {
            // item 4 scores as given; the others are reverse scored, so 3 is their least worrying answer (score 0)
            answers.append(", \"").append(item).append("\": ").append(item == 4 ? 0 : 3);
        }
        return "{\"participantId\": \"" + parent + "\", \"respondentRole\": \"BIRTH_PARENT\", \"timePoint\": \"baseline\","
                + " \"instrumentCode\": \"epds\", \"answers\": {" + answers + "}}";
    }

    private static MockHttpServletRequestBuilder asMidwife(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("midwife@north.demo", "demo-password-1")).contentType(MediaType.APPLICATION_JSON);
    }
}
