package org.babysteps.outcomes.response;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.outcomes.InstrumentDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The facilitator's questionnaire pages: consent gate, start, answer on one page, refused answers, the score. */
class QuestionnairePagesTest extends NorthQuestionnairePagesTestBase {

    @Test
    void withoutConsentThePageSaysWhyAndOffersNothing() throws Exception {
        FamilyId family = fixtures.couple(north, false);
        mvc.perform(get("/families/" + family + "/questionnaires").with(user(midwife)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has not given consent")))
                .andExpect(content().string(not(containsString("Start<span"))));
    }

    @Test
    void aFacilitatorStartsAnswersAndCompletesAQuestionnaireAndSeesTheScore() throws Exception {
        FamilyId family = fixtures.couple(north, true);
        UUID parent = fixtures.firstParent(family);
        mvc.perform(get("/families/" + family + "/questionnaires").with(user(midwife)))
                .andExpect(content().string(containsString("Baseline")))
                .andExpect(content().string(containsString("Due")));
        String location = mvc.perform(post("/families/" + family + "/questionnaires").with(user(midwife)).with(csrf())
                        .param("timePoint", "baseline").param("instrument", "epds")
                        .param("participant", parent.toString()).param("role", "BIRTH_PARENT"))
                .andExpect(redirectedUrlPattern("/families/*/questionnaires/*")).andReturn().getResponse().getRedirectedUrl();

        InstrumentDefinition epds = instruments.find("epds").orElseThrow();
        MockHttpServletRequestBuilder outOfRange = post(location).with(user(midwife)).with(csrf()).param("action", "complete");
        var wrong = QuestionnaireFixtures.answersScoring(epds, 1);
        wrong.put(4, 9);
        wrong.forEach((item, value) -> outOfRange.param("item-" + item, String.valueOf(value)));
        mvc.perform(outOfRange).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"item-4-error\"")))
                .andExpect(content().string(containsString("Item 4 of epds v1 has no answer with value 9")));

        MockHttpServletRequestBuilder complete = post(location).with(user(midwife)).with(csrf()).param("action", "complete");
        var right = QuestionnaireFixtures.answersScoring(epds, 1);
        right.put(10, QuestionnaireFixtures.valueScoring(epds.item(10).orElseThrow(), 2));
        right.forEach((item, value) -> complete.param("item-" + item, String.valueOf(value)));
        mvc.perform(complete).andExpect(redirectedUrlPattern("/families/*/questionnaires/*"));

        mvc.perform(get(location).with(user(midwife)))
                .andExpect(content().string(containsString("11 (range 0 to 30)")))
                .andExpect(content().string(containsString("Possible depression")))
                .andExpect(content().string(containsString("Thoughts of self-harm reported")));
    }

    @Test
    void anotherSitesLeadGetsNotFound() throws Exception {
        FamilyId family = fixtures.couple(north, true);
        mvc.perform(get("/families/" + family + "/questionnaires").with(user(users.findByEmail("lead@south.demo").orElseThrow())))
                .andExpect(status().isNotFound());
    }
}
