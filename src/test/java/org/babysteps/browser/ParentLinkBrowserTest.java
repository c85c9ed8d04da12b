package org.babysteps.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A parent completes their baseline questionnaires by link on a phone, answering EPDS item 10 (thoughts of
 * self-harm) with "Hardly ever": they see where to get help, submit, and the midwife then sees the score and the
 * safeguarding alert. axe-core checks every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ParentLinkBrowserTest {

    private static final String MIDWIFE = "midwife@north.demo";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void parentCompletesByLinkOnAPhoneAndTheMidwifeSeesTheScoreAndTheAlert() {
        // a couple in a group the midwife runs, with consent to evaluation use and no alert yet, whose second parent
        // (the partner: the demo gives birth parents their baseline) has no baseline EPDS
        Map<String, Object> chosen = jdbc.sql("""
                select e.family_id, m.id as parent_id, m.name as parent_name, m.first_name, fam.display_name
                from enrolment e
                join group_facilitator gf on gf.group_id = e.group_id
                join facilitator f on f.id = gf.facilitator_id
                join app_user u on u.id = f.user_id and u.email = :midwife
                join family fam on fam.id = e.family_id
                join family_member m on m.family_id = e.family_id and m.role = 'PARENT' and m.position = 2
                where e.status = 'ENROLLED'
                  and exists (select 1 from consent c where c.family_id = e.family_id
                              and c.purpose = 'EVALUATION_USE' and c.withdrawn_on is null)
                  and not exists (select 1 from safeguarding_alert a where a.family_id = e.family_id)
                  and not exists (select 1 from questionnaire_response r where r.participant_id = m.id
                              and r.time_point = 'baseline' and r.instrument_code = 'epds' and r.status = 'COMPLETED')
                order by m.name limit 1
                """).param("midwife", MIDWIFE).query().singleRow();
        UUID family = (UUID) chosen.get("family_id");
        String parentName = (String) chosen.get("parent_name");

        Page staff = browser.newPage(1280, 900);
        browser.signIn(staff, baseUrl(), MIDWIFE);
        staff.navigate(baseUrl() + "/families/" + family + "/questionnaires");
        browser.checkPage(staff, "questionnaires");
        Locator send = staff.locator("form:has(input[name=participant][value='" + chosen.get("parent_id")
                + "']):has(input[name=timePoint][value=baseline]) button");
        assertThat(send).hasAccessibleName("Send a link to " + parentName + " for Baseline (antenatal home visit)");
        send.click();
        assertThat(staff.locator("h1")).hasText("Link made");
        browser.checkPage(staff, "link-made");
        String shown = staff.locator("#parent-link").innerText().trim();
        String path = shown.substring(shown.indexOf("/q/"));

        Page phone = browser.newPage(390, 844);
        phone.navigate(baseUrl() + path);
        assertThat(phone.locator("h1")).hasText("Hello " + chosen.get("first_name"));
        assertThat(phone.locator(".govuk-service-navigation")).hasCount(0);
        browser.checkPage(phone, "start");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();

        boolean sawHelp = false;
        while (phone.url().contains("/questions/")) {
            if (phone.url().endsWith("/help")) {
                assertThat(phone.locator("h1")).hasText("Where to get help now");
                assertThat(phone.locator("main")).containsText("116 123");
                browser.checkPage(phone, "help");
                sawHelp = true;
            } else {
                String caption = phone.locator(".govuk-caption-l").innerText();
                if (caption.startsWith("Question 1 of") || caption.startsWith("Question 10 of")) {
                    browser.checkPage(phone, caption.startsWith("Question 1 ") ? "question-1" : "question-10");
                } else {
                    browser.checkPage(phone, "question");
                }
                if (caption.startsWith("Question 10 of")) {
                    assertThat(phone.locator("legend h1")).containsText("The thought of harming myself has occurred to me");
                    phone.getByLabel("Hardly ever", new Page.GetByLabelOptions().setExact(true)).check();
                } else {
                    phone.locator(".govuk-radios__input").first().check();
                }
            }
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).first().click();
        }
        assertThat(sawHelp).as("help shown after the risk answer").isTrue();
        assertThat(phone.locator("h1")).hasText("Check your answers");
        assertThat(phone.getByText("Hardly ever").first()).isVisible();
        browser.checkPage(phone, "check");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
        assertThat(phone.locator("h1")).containsText("Answers sent");
        assertThat(phone.locator("main")).containsText("116 123");
        browser.checkPage(phone, "thanks");
        phone.navigate(baseUrl() + path);
        assertThat(phone.locator("h1")).hasText("This link cannot be used");
        browser.checkPage(phone, "used");

        Page after = browser.newPage(1280, 900);
        browser.signIn(after, baseUrl(), MIDWIFE);
        after.navigate(baseUrl() + "/families/" + family + "/questionnaires");
        // first options everywhere except item 10: items 3 and 5-9 score 3 each (reverse scored), item 10 scores 1
        Locator epdsRow = after.locator("table", new Page.LocatorOptions()
                .setHasText("Baseline (antenatal home visit): " + parentName)).locator("tr", new Locator.LocatorOptions()
                .setHasText("Edinburgh Postnatal Depression Scale"));
        assertThat(epdsRow).containsText("Done");
        assertThat(epdsRow).containsText("19");
        assertThat(epdsRow).containsText("Risk answer");
        browser.checkPage(after, "scores");
        after.navigate(baseUrl() + "/alerts");
        assertThat(after.locator("main")).containsText((String) chosen.get("display_name"));
        browser.checkPage(after, "alerts");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
