package org.babysteps.outcomes.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.babysteps.outcomes.link.LinkFixtures.MIDWIFE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.family.ConsentId;
import org.babysteps.family.ConsentRequiredException;
import org.babysteps.family.Consents;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.outcomes.response.QuestionnaireResponses;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * A questionnaire half answered through a parent's link when the family withdraws consent to evaluation use: the
 * link stops working at once (410, the usual "cannot be used" page), staff cannot carry on with it either, and the
 * answers already saved stay as they were, left out of evaluation.
 */
@PlatformTest
@AutoConfigureMockMvc
class WithdrawnConsentLinkTest {

    @Autowired LinkCreation creation;
    @Autowired QuestionnaireResponses responses;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserStore users;
    @Autowired FamilyRegistration registration;
    @Autowired Consents consents;
    @Autowired Families families;

    private SignedIn signedIn;
    private LinkFixtures fixtures;
    private SiteId north;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(users);
        fixtures = new LinkFixtures(signedIn, registration, consents, families);
        north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
    }

    @Test
    void afterConsentIsWithdrawnTheLinkAnswers410AndStaffCannotCarryOnWithTheQuestionnaireInProgress() throws Exception {
        FamilyId family = fixtures.singleParent(north, "Withdrawer", true);
        String token = signedIn.as(MIDWIFE, () -> creation.create(family, fixtures.parent(family), "baseline")).token();
        page(post("/q/" + token + "/questions/1").param("answer", "0").with(csrf()));
        UUID inProgress = jdbc.sql("select id from questionnaire_response where family_id = ? and status = 'IN_PROGRESS'")
                .param(family.value()).query(UUID.class).single();

        signedIn.run(MIDWIFE, () -> consents.withdraw(family, evaluationConsent(family), UkTime.today()));

        MockHttpServletResponse opened = page(get("/q/" + token));
        assertThat(opened.getStatus()).isEqualTo(410);
        assertThat(opened.getContentAsString()).contains("This link cannot be used");
        assertThat(page(post("/q/" + token + "/questions/2").param("answer", "0").with(csrf())).getStatus())
                .isEqualTo(410);
        assertThat(page(post("/q/" + token + "/check").with(csrf())).getStatus()).isEqualTo(410);
        assertThatThrownBy(() -> signedIn.as(MIDWIFE, () -> responses.save(family, inProgress, Map.of(1, 0, 2, 0))))
                .isInstanceOf(ConsentRequiredException.class);
        assertThatThrownBy(() -> signedIn.as(MIDWIFE, () -> responses.complete(family, inProgress, Map.of(1, 0))))
                .isInstanceOf(ConsentRequiredException.class);
        assertThat(jdbc.sql("select status || ' ' || array_length(array_remove(answers, null), 1)"
                + " from questionnaire_response where id = ?").param(inProgress).query(String.class).single())
                .isEqualTo("IN_PROGRESS 1");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select evaluation_use_withdrawn from questionnaire_response where id = ?").param(inProgress)
                .query(Boolean.class).single());
    }

    private ConsentId evaluationConsent(FamilyId family) {
        return new ConsentId(jdbc.sql("""
                select id from consent where family_id = ? and purpose = 'EVALUATION_USE' and withdrawn_on is null""")
                .param(family.value()).query(UUID.class).single());
    }

    private MockHttpServletResponse page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
