package org.babysteps.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Readiness to licence between the north site lead and the licensor's programme manager: the lead starts a
 * re-assessment, rates a criterion, uploads a PDF letter and submits; the manager comments, decides "ready" and
 * issues the renewal licence from the day after the current one ends; the lead sees it. axe must pass on each page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReadinessLicenceBrowserTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLeadIsAssessedReadyAndTheManagerIssuesTheRenewalLicence() {
        String baseUrl = "http://localhost:" + port;
        UUID north = jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
        LocalDate currentEnd = jdbc.sql("select ends_on from licence where site_id = ? and status = 'ACTIVE'")
                .param(north).query(LocalDate.class).single();

        Page page = browser.newPage(1280, 900);
        browser.signIn(page, baseUrl, "lead@north.demo");
        page.navigate(baseUrl + "/sites/" + north + "/readiness");
        browser.checkPage(page, "lead-readiness-list");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a new assessment")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("New readiness assessment started");
        browser.checkPage(page, "lead-new-assessment");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Answer Strategic senior management buy-in in each partner agency")).click();
        page.getByLabel("In place", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Evidence", new Page.GetByLabelOptions().setExact(true)).fill("Signed letters of support from both directors, renewed this year.");
        browser.checkPage(page, "lead-criterion");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save answer")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your answer was saved");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Answer Strategic senior management buy-in in each partner agency")).click();
        page.getByLabel("Upload a file").setInputFiles(new FilePayload("letter-of-support.pdf", "application/pdf", PDF));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("File uploaded: letter-of-support.pdf");
        assertThat(page.locator("main")).containsText("Signed letters of support from both directors");
        browser.checkPage(page, "lead-criterion-with-file");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the assessment")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("submitted to the licensor");
        browser.checkPage(page, "lead-submitted");

        page = browser.newPage(1280, 900);
        browser.signIn(page, baseUrl, "manager@licensor.demo");
        page.navigate(baseUrl + "/readiness");
        browser.checkPage(page, "manager-queue");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("North Demo Site")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("View Strategic senior management buy-in in each partner agency")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("letter-of-support.pdf"))).isVisible();
        page.getByLabel("Add a comment").fill("The letters are clear; thank you.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add comment")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Comment added");
        browser.checkPage(page, "manager-assessment");

        page.getByLabel("Ready", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Reason for the decision").fill("Senior support renewed and every criterion still in place.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Decision recorded: ready");

        page.navigate(baseUrl + "/sites/" + north + "/licences/new");
        Locator startsOn = page.getByLabel("Start date");
        assertThat(startsOn).hasValue(currentEnd.plusDays(1).toString());
        browser.checkPage(page, "manager-issue-licence");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save licence")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Licence issued");
        browser.checkPage(page, "manager-licence");

        page = browser.newPage(320, 800);
        browser.signIn(page, baseUrl, "lead@north.demo");
        page.navigate(baseUrl + "/sites/" + north + "/licence");
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy");
        assertThat(page.locator("main")).containsText("All licences of the site");
        assertThat(page.locator("main")).containsText(day.format(currentEnd.plusDays(1)));
        assertThat(page.locator("main")).containsText(day.format(currentEnd.plusYears(3)));
        browser.checkPage(page, "lead-licence-phone");
    }
}
