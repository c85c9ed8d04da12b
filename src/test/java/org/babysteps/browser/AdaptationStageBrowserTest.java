package org.babysteps.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The north lead requests a local adaptation and withdraws it; the programme manager works the queue and the
 * stages. At phone and desktop widths, every page (with and without errors) must pass axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdaptationStageBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"320, 800", "1280, 900"})
    void leadRequestsAndWithdrawsAnAdaptation(int width, int height) {
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(width, height);
        browser.signIn(page, baseUrl, "lead@north.demo");
        Locator main = page.locator("main");

        page.navigate(baseUrl + "/sites/" + north() + "/adaptations");
        assertThat(main).containsText("Venue, day and time of sessions");
        browser.checkPage(page, "adaptations");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request an adaptation")).click();
        browser.checkPage(page, "request-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();
        assertThat(main).containsText("There is a problem");
        assertThat(main).containsText("Select the part of the programme to adapt");
        browser.checkPage(page, "request-errors");

        page.locator("#componentCode").selectOption("co-facilitation");
        page.locator("#what").fill("One facilitator for the last session of one group");
        page.locator("#why").fill("The children's services facilitator is on long-term sick leave");
        page.locator("#startsOn").fill("2027-01-04");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();
        assertThat(page.locator("#coreJustification-error")).containsText("is a core component");
        page.locator("#coreJustification").fill("A second practitioner from the health visiting team joins instead");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();
        assertThat(main).containsText("Adaptation requested");
        assertThat(main).containsText("Core component");
        browser.checkPage(page, "requested");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw request")).click();
        assertThat(main).containsText("Request withdrawn");
        assertThat(main.locator(".govuk-tag").first()).hasText("Withdrawn");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"320, 800", "1280, 900"})
    void programmeManagerSeesTheQueueAndTheStages(int width, int height) {
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(width, height);
        browser.signIn(page, baseUrl, "manager@licensor.demo");
        Locator main = page.locator("main");

        page.navigate(baseUrl + "/adaptations");
        browser.checkPage(page, "queue");
        main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Local materials and languages")).first().click();
        assertThat(main).containsText("Polish and Urdu");
        browser.checkPage(page, "decision-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
        assertThat(main).containsText("Select approve, approve with conditions or decline");
        browser.checkPage(page, "decision-errors");

        page.navigate(baseUrl + "/stages?sort=longest-in-stage");
        assertThat(main).containsText("Full delivery");
        browser.checkPage(page, "stages");

        page.navigate(baseUrl + "/sites/" + north() + "/stage");
        assertThat(main).containsText("Licensed and installing");
        browser.checkPage(page, "stage");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record change")).click();
        assertThat(main).containsText("Select the stage the site has moved to");
        browser.checkPage(page, "stage-errors");
    }

    private UUID north() {
        return jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
    }
}
