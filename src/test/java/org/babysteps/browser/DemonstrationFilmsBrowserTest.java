package org.babysteps.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The licensor's demonstration films in a real browser: north's midwife, a trained facilitator, opens the list, plays
 * the demo's film from the encrypted store and seeks in it; the programme manager adds one through the page (its
 * problems shown next to the fields first, and chunks that arrive damaged sent again after a wait). Every page is accessible (axe-core, WCAG 2.2 AA) at 320 and 1280 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemonstrationFilmsBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTrainedFacilitatorOpensTheDemonstrationFilmsPlaysOneAndSeeksAt320And1280Pixels() {
        for (int width : new int[] {320, 1280}) {
            Page page = browser.newPage(width, 800);
            browser.signIn(page, baseUrl(), "midwife@north.demo");
            page.navigate(baseUrl() + "/");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                    "Demonstration films: how to set up and film talk and listen time")).click();
            assertThat(page.locator("h1")).hasText("Demonstration films");
            browser.checkPage(page, "list");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Watch Setting up talk and listen time"))
                    .first().click();
            page.waitForURL(Pattern.compile(".*/demonstration-films/[0-9a-f-]+$"));
            assertThat(page.locator("video#film")).hasAttribute("controlslist", "nodownload");
            page.waitForFunction("() => document.getElementById('film').readyState >= 1");
            browser.checkPage(page, "watch");

            page.evaluate("async () => { const film = document.getElementById('film'); film.muted = true; await film.play(); }");
            page.waitForFunction("() => document.getElementById('film').currentTime > 0.5");
            page.evaluate("() => document.getElementById('film').pause()");
            page.evaluate("() => { document.getElementById('film').currentTime = 5; }");
            page.waitForFunction("() => Math.abs(document.getElementById('film').currentTime - 5) < 0.3"
                    + " && document.getElementById('film').readyState >= 2");
            browser.checkPage(page, "seeked");
        }
        UUID film = jdbc.sql("select id from video where kind = 'DEMONSTRATION' and title = 'Setting up talk and listen time'"
                + " order by created_at limit 1").query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from video_view v join app_user u on u.id = v.user_id where v.video_id = ?"
                + " and u.email = 'midwife@north.demo' and v.ended_at is not null").param(film).query(Integer.class)
                .single()).as("each viewing was reported when the film paused").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theProgrammeManagerAddsADemonstrationFilmAfterPuttingItsDetailsRight() throws IOException {
        byte[] film = new ClassPathResource("demo/talk-and-listen-demo.webm").getContentAsByteArray();
        String title = "Talking with a baby " + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.newPage(320, 800);
        browser.signIn(page, baseUrl(), "manager@licensor.demo");
        page.navigate(baseUrl() + "/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Demonstration films for facilitators: watch, add or remove them")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a demonstration film")).click();
        browser.checkPage(page, "new");

        page.locator("#film").setInputFiles(new FilePayload("demo.webm", "video/webm", film));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload film")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title for the film");
        assertThat(page.locator("#description-error")).containsText("Enter a short description of what the film shows");
        assertThat(page).hasTitle("Error: Add a demonstration film – Baby Steps");
        browser.checkPage(page, "errors");

        // something on the way alters the first chunks (the server answers 460): the page must not loop straight back
        AtomicInteger altered = new AtomicInteger();
        AtomicBoolean altering = new AtomicBoolean(true);
        page.route("**/media/uploads/**", route -> {
            if ("PATCH".equals(route.request().method()) && altering.get()) {
                altered.incrementAndGet();
                route.fulfill(new Route.FulfillOptions().setStatus(460).setBody(""));
            } else {
                route.resume();
            }
        });
        page.getByLabel("Title").fill(title);
        page.getByLabel("Description").fill("How to sit beside the parent and let the baby lead.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload film")).click();
        assertThat(page).hasTitle("Add a demonstration film – Baby Steps");
        assertThat(page.locator("#upload-status")).containsText("arrived damaged");
        page.waitForTimeout(2500);
        altering.set(false);
        assertThat(altered.get()).as("a damaged chunk is retried after a wait, not at once").isBetween(1, 2);
        page.waitForURL(baseUrl() + "/demonstration-films", new Page.WaitForURLOptions().setTimeout(20_000));
        assertThat(page.locator("main")).containsText(title);
        assertThat(jdbc.sql("select status from video where kind = 'DEMONSTRATION' and title = ?").param(title)
                .query(String.class).single()).isEqualTo("READY");
        assertThat(browser.dialogs()).isEmpty();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
