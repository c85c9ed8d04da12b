package org.babysteps.outcomes.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.babysteps.outcomes.link.LinkFixtures.MIDWIFE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.family.Consents;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.identity.SecretLinkToken;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Parents' links on the embedded database, used as a parent would (no sign-in): consent first, the token stored
 * only as a hash, one question per page saved as they go, single use, expiry, and nothing else reachable.
 */
@PlatformTest
@AutoConfigureMockMvc
class ParentLinksTest {

    @Autowired
    LinkCreation creation;
    @Autowired
    LinkAnswering answering;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    FamilyRegistration registration;
    @Autowired
    Consents consents;
    @Autowired
    Families families;

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
    void noLinkIsMadeWithoutConsentToEvaluationUse() {
        FamilyId family = fixtures.singleParent(north, "Nocon", false);

        assertThatThrownBy(() -> signedIn.as(MIDWIFE, () -> creation.create(family, fixtures.parent(family), "baseline")))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("consent");
                    assertThat(refused.getMessage()).contains("consent");
                });
        assertThat(linksOf(family)).isZero();
    }

    @Test
    void theTokenIsStoredOnlyAsItsHash() throws Exception {
        FamilyId family = fixtures.singleParent(north, "Hashed", true);

        CreatedLink link = signedIn.as(MIDWIFE, () -> creation.create(family, fixtures.parent(family), "baseline"));

        byte[] stored = jdbc.sql("select token_hash from questionnaire_link where id = ?").param(link.id())
                .query(byte[].class).single();
        assertThat(stored).isEqualTo(MessageDigest.getInstance("SHA-256")
                .digest(Base64.getUrlDecoder().decode(link.token())));
        assertThat(jdbc.sql("select count(*) from questionnaire_link l where l::text like ?")
                .param("%" + link.token() + "%").query(Integer.class).single()).isZero();
        assertThat(link.instrumentNames()).contains("Edinburgh Postnatal Depression Scale (EPDS)");
        assertThat(link.firstName()).isEqualTo("Hashed");
    }

    @Test
    void aParentAnswersOneQuestionPerPageSubmitsOnceAndTheLinkThenAnswers410() throws Exception {
        FamilyId family = fixtures.singleParent(north, "Oncer", true);
        String token = signedIn.as(MIDWIFE, () -> creation.create(family, fixtures.parent(family), "baseline")).token();

        assertThat(page(get("/q/" + token)).getContentAsString()).contains("Hello Oncer").contains("so you can stop and");
        MockHttpServletResponse first = page(post("/q/" + token + "/questions/1").param("answer", "0").with(csrf()));
        assertThat(first.getRedirectedUrl()).isEqualTo("/q/" + token + "/questions/2");
        answerTheRest(token);
        assertThat(page(get("/q/" + token + "/check")).getContentAsString()).contains("Check your answers");

        MockHttpServletResponse thanks = page(post("/q/" + token + "/check").with(csrf()));

        assertThat(thanks.getStatus()).isEqualTo(200);
        assertThat(thanks.getContentAsString()).contains("Answers sent");
        assertThat(jdbc.sql("select count(*) from questionnaire_response where family_id = ? and status = 'COMPLETED'"
                + " and entered_by_name = 'parent by link' and link_id is not null").param(family.value())
                .query(Integer.class).single()).isEqualTo(4);
        assertThat(page(get("/q/" + token)).getStatus()).isEqualTo(410);
        MockHttpServletResponse twice = page(post("/q/" + token + "/check").with(csrf()));
        assertThat(twice.getStatus()).isEqualTo(410);
        assertThat(twice.getContentAsString()).contains("This link cannot be used");
        assertThat(jdbc.sql("select count(*) from audit_event where actor_name = 'parent by link' and record_id = ?")
                .param(linkId(family).toString()).query(Integer.class).single()).isGreaterThan(5);
    }

    @Test
    void aRiskAnswerShowsWhereToGetHelpBeforeTheNextQuestion() throws Exception {
        FamilyId family = fixtures.singleParent(north, "Helped", true);
        String token = signedIn.as(MIDWIFE, () -> creation.create(family, fixtures.parent(family), "baseline")).token();

        // EPDS item 10 is question 10: "Hardly ever" (value 2) scores 1, a self-harm risk answer
        MockHttpServletResponse answered = page(post("/q/" + token + "/questions/10").param("answer", "2").with(csrf()));

        assertThat(answered.getRedirectedUrl()).isEqualTo("/q/" + token + "/questions/10/help");
        String help = page(get("/q/" + token + "/questions/10/help")).getContentAsString();
        assertThat(help).contains("Where to get help now").contains("116 123").contains("/q/" + token + "/questions/11");
    }

    @Test
    void anOutOfRangeAnswerIsShownOnTheQuestionPageAndNothingIsSaved() throws Exception {
        FamilyId family = fixtures.singleParent(north, "Ranger", true);
        String token = signedIn.as(MIDWIFE, () -> creation.create(family, fixtures.parent(family), "baseline")).token();

        MockHttpServletResponse refused = page(post("/q/" + token + "/questions/3").param("answer", "7").with(csrf()));
        MockHttpServletResponse blank = page(post("/q/" + token + "/questions/3").with(csrf()));

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("There is a problem").contains("has no answer with value 7")
                .contains("govuk-form-group--error");
        assertThat(blank.getContentAsString()).contains("Select an answer");
        assertThat(jdbc.sql("select count(*) from questionnaire_response where family_id = ?").param(family.value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRefusedAnswerIsStillAuditedAsAnAttemptOnTheLink() throws Exception {
        FamilyId family = fixtures.singleParent(north, "Audited", true);
        String token = signedIn.as(MIDWIFE, () -> creation.create(family, fixtures.parent(family), "baseline")).token();

        page(post("/q/" + token + "/questions/3").param("answer", "7").with(csrf()));
        page(post("/q/" + token + "/questions/4").with(csrf()));

        assertThat(jdbc.sql("select detail from audit_event where actor_name = 'parent by link' and record_id = ?"
                + " order by seq").param(linkId(family).toString()).query(String.class).list())
                .anySatisfy(detail -> assertThat(detail).contains("answered question 3").contains("refused")
                        .contains("has no answer with value 7"))
                .anySatisfy(detail -> assertThat(detail).contains("answered question 4").contains("refused")
                        .contains("Select an answer"));
        assertThat(jdbc.sql("select count(*) from questionnaire_response where family_id = ?").param(family.value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anExpiredLinkIsAuditedAsARefusedAttempt() throws Exception {
        FamilyId family = fixtures.singleParent(north, "Expired", true);
        String token = signedIn.as(MIDWIFE, () -> creation.create(family, fixtures.parent(family), "baseline")).token();
        jdbc.sql("update questionnaire_link set created_at = now() - interval '9 days', expires_at = now() - interval"
                + " '2 days' where family_id = ?").param(family.value()).update();

        page(post("/q/" + token + "/questions/1").param("answer", "0").with(csrf()));

        assertThat(jdbc.sql("select detail from audit_event where actor_name = 'parent by link' and record_id = ?")
                .param(linkId(family).toString()).query(String.class).list())
                .singleElement().satisfies(detail -> assertThat(detail).contains("answered question 1")
                        .contains("refused").contains("expired"));
    }

    @Test
    void anExpiredOrUnknownLinkAnswers410AndSavesNothing() throws Exception {
        FamilyId family = fixtures.singleParent(north, "Late", true);
        String token = signedIn.as(MIDWIFE, () -> creation.create(family, fixtures.parent(family), "baseline")).token();
        jdbc.sql("update questionnaire_link set created_at = now() - interval '9 days', expires_at = now() - interval"
                + " '2 days' where family_id = ?").param(family.value()).update();

        MockHttpServletResponse expired = page(post("/q/" + token + "/questions/1").param("answer", "0").with(csrf()));
        MockHttpServletResponse unknown = page(get("/q/" + SecretLinkToken.generate()));

        assertThat(expired.getStatus()).isEqualTo(410);
        assertThat(unknown.getStatus()).isEqualTo(410);
        assertThat(unknown.getContentAsString()).isEqualTo(expired.getContentAsString());
        assertThat(jdbc.sql("select count(*) from questionnaire_response where family_id = ?").param(family.value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theLinksSessionReachesNoOtherPage() throws Exception {
        FamilyId family = fixtures.singleParent(north, "Fenced", true);
        String token = signedIn.as(MIDWIFE, () -> creation.create(family, fixtures.parent(family), "baseline")).token();
        MockHttpSession session = new MockHttpSession();
        page(get("/q/" + token).session(session));
        page(post("/q/" + token + "/questions/1").param("answer", "0").session(session).with(csrf()));

        for (String elsewhere : new String[] {"/families/" + family.value(), "/families/" + family.value()
                + "/questionnaires", "/alerts", "/"}) {
            MockHttpServletResponse response = page(get(elsewhere).session(session));
            assertThat(response.getRedirectedUrl()).as(elsewhere).endsWith("/login");
        }
    }

    private void answerTheRest(String token) throws Exception {
        for (QuestionSequence.Step step : answering.open(token).questions().steps()) {
            if (!step.answered()) {
                int value = step.item().options().get(0).value();
                MockHttpServletResponse response = page(post("/q/" + token + "/questions/" + step.number())
                        .param("answer", String.valueOf(value)).with(csrf()));
                assertThat(response.getStatus()).as("question " + step.number()).isEqualTo(302);
            }
        }
    }

    private MockHttpServletResponse page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private int linksOf(FamilyId family) {
        return jdbc.sql("select count(*) from questionnaire_link where family_id = ?").param(family.value())
                .query(Integer.class).single();
    }

    private UUID linkId(FamilyId family) {
        return jdbc.sql("select id from questionnaire_link where family_id = ?").param(family.value())
                .query(UUID.class).single();
    }
}
