package org.babysteps.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A facilitator on a phone finds the questionnaires due on her home page, opens a family's questionnaires from it and
 * starts one, whose form asks when it was completed. axe must pass and nothing may scroll sideways at 320 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuestionnairesDueBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void aFacilitatorGoesFromTheDueListOnHerHomePageToEnteringAQuestionnaireOnAPhone() {
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(320, 640);
        browser.signIn(page, baseUrl, "midwife@north.demo");
        Locator section = page.locator("main h2#questionnaires-due");
        assertThat(section).containsText("Questionnaires due: ");
        Locator firstCard = page.locator("main .govuk-summary-card").first();
        assertThat(firstCard).containsText("Baseline (antenatal home visit)");
        assertThat(firstCard).containsText("Overdue");
        browser.checkPage(page, "home-questionnaires-due");

        firstCard.locator(".govuk-summary-card__title a").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Questionnaires");
        page.locator("main a:has-text('Start')").first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
        assertThat(page.locator("main legend:has-text('Completed on')")).isVisible();
        browser.checkPage(page, "questionnaire-entry-with-completed-on");

        page.fill("#completedOn-year", String.valueOf(java.time.LocalDate.now().getYear() + 1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete and score")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Date completed must be today or in the past");
        browser.checkPage(page, "questionnaire-entry-date-refused");
    }
}
