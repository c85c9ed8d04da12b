package org.babysteps.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.babysteps.platform.UkTime;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The local evaluation report from both sides: north's lead starts one (after a mistake), writes the narrative and
 * shares it; north's commissioner finds it from their home page and reads it. Every page must pass axe at both widths.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EvaluationReportBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"320, 800", "1280, 900"})
    void leadWritesAndSharesAReportAndTheFundingCommissionerReadsIt(int width, int height) {
        String baseUrl = "http://localhost:" + port;
        String title = "Report for the ICB at " + width + " px";
        Page lead = browser.newPage(width, height);
        browser.signIn(lead, baseUrl, "lead@north.demo");
        Locator main = lead.locator("main");

        lead.navigate(baseUrl + "/sites/" + north());
        lead.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Local evaluation reports")).click();
        assertThat(main).containsText("Baby Steps in Northshire: report for the ICB");
        browser.checkPage(lead, "evaluation-list");

        lead.getByLabel("Title").fill("");
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the report")).click();
        assertThat(lead.locator(".govuk-error-summary")).containsText("Enter a title for the report");
        browser.checkPage(lead, "evaluation-start-error");

        lead.getByLabel("Title").fill(title);
        lead.getByLabel("First day of the period").fill(UkTime.today().minusYears(1).plusDays(1).toString());
        lead.getByLabel("Last day of the period").fill(UkTime.today().toString());
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the report")).click();
        assertThat(lead.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The site's narrative"))).isVisible();
        lead.getByLabel("About the site and this report").fill("Midwives and children's centres deliver Baby Steps together.");
        lead.getByLabel("Next steps").fill("Train two more facilitators.");
        browser.checkPage(lead, "evaluation-narrative");
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the narrative")).click();

        assertThat(lead.locator(".govuk-notification-banner")).containsText("The report's narrative has been saved.");
        assertThat(lead.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        assertThat(main).containsText("Families from referral to completion");
        assertThat(main).containsText("Average EPDS score, baseline and end of programme");
        assertThat(main).containsText("Train two more facilitators.");
        browser.checkPage(lead, "evaluation-report-draft");
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share with commissioners")).click();
        assertThat(lead.locator(".govuk-notification-banner")).containsText("the site's commissioners can now open it");

        Page commissioner = browser.newPage(width, height);
        browser.signIn(commissioner, baseUrl, "commissioner@north.demo");
        commissioner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Local evaluation reports the site has shared with you (North Demo Site)")).click();
        commissioner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        Locator theirs = commissioner.locator("main");
        assertThat(theirs).containsText("Midwives and children's centres deliver Baby Steps together.");
        assertThat(theirs).containsText("All sites, all parents");
        assertThat(theirs).not().containsText("Take back to draft");
        browser.checkPage(commissioner, "evaluation-report-commissioner");
    }

    private UUID north() {
        return jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
    }
}
