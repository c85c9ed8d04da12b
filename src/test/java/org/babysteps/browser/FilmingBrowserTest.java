package org.babysteps.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A facilitator films talk and listen time with the tablet's camera (Chromium's fake camera and microphone), watches
 * it back, saves it, and sees it listed as ready; a document picked instead of a film is refused by its content.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FilmingBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession(List.of("--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream", "--autoplay-policy=no-user-gesture-required"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFacilitatorFilmsWithTheCameraWatchesItBackAndSavesIt() {
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(1024, 768);
        browser.signIn(page, baseUrl, "midwife@north.demo");
        page.navigate(baseUrl + "/families/" + familyWithFilmingConsent() + "/talk-and-listen");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Talk and listen time");
        browser.checkPage(page, "filming-page");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on the camera")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start filming")).click();
        assertThat(page.locator("#upload-status")).hasText("Filming…");
        page.waitForTimeout(2500);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop filming")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Film again"))).isVisible();
        browser.checkPage(page, "filming-watch-back");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save film")).click();
        assertThat(page.locator("#upload-status")).containsText("The film is saved",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        page.waitForLoadState();
        assertThat(page.locator("main .govuk-summary-list")).containsText("Ready",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        browser.checkPage(page, "filming-saved");
    }

    @Test
    void onAPhoneADocumentPickedInsteadOfAFilmIsRefusedByWhatItIs() {
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(320, 640);
        browser.signIn(page, baseUrl, "midwife@north.demo");
        page.navigate(baseUrl + "/families/" + familyWithFilmingConsent() + "/talk-and-listen");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload film")).click();
        assertThat(page.locator("#film-file-error")).containsText("Select a film to upload");

        page.setInputFiles("#film-file", new FilePayload("visit.mp4", "video/mp4",
                "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".repeat(50).getBytes(StandardCharsets.US_ASCII)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload film")).click();
        assertThat(page.locator("#upload-status")).containsText("not a video");
        browser.checkPage(page, "filming-not-a-video");
    }

    private UUID familyWithFilmingConsent() {
        return jdbc.sql("""
                select c.family_id from consent c join site s on s.id = c.site_id
                where s.name = 'North Demo Site' and c.purpose = 'FILMING' and c.withdrawn_on is null
                order by c.family_id limit 1""").query(UUID.class).single();
    }
}
