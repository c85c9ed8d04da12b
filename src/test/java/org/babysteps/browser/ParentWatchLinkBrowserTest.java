package org.babysteps.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The midwife notes a moment in the demo film and makes a link for a parent on the film's watch page; the parent, in a
 * browser of their own that never signed in, opens it on a 320 px phone, plays the film, jumps to the note, and the
 * viewing is recorded in the link's name. axe-core (WCAG 2.2 AA) and the 320 px reflow check run at every step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ParentWatchLinkBrowserTest {

    private static final String MIDWIFE = "midwife@north.demo";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFacilitatorSharesTheFilmAndTheParentWatchesItOnAPhoneAndJumpsToANote() {
        UUID video = jdbc.sql("""
                select v.id from video v join site s on s.id = v.site_id
                where s.name = 'North Demo Site' and v.kind = 'FAMILY' and v.status = 'READY'
                and exists (select 1 from consent c where c.family_id = v.family_id and c.purpose = 'FILMING'
                            and c.withdrawn_on is null)
                order by v.created_at limit 1""").query(UUID.class).single();

        Page staff = browser.newPage(320, 800);
        browser.signIn(staff, baseUrl(), MIDWIFE);
        staff.navigate(baseUrl() + "/videos/" + video);
        staff.getByLabel("Time in the film").fill("0:01");
        staff.getByLabel("What you noticed").fill("You smiled and she turned to you");
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();
        assertThat(staff.locator(".govuk-notification-banner--success")).containsText("Note added at 0:01");
        browser.checkPage(staff, "watch-page");

        String parentName = staff.locator("input[name=parent] + label").first().innerText().trim();
        staff.locator("input[name=parent]").first().check();
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a link")).click();
        assertThat(staff.locator("h1")).hasText("Link made");
        browser.checkPage(staff, "link-made");
        String shown = staff.locator("#parent-link").innerText().trim();
        String path = shown.substring(shown.indexOf("/w/"));
        assertThat(staff.url()).endsWith("/videos/" + video + "/parent-links/made");
        long made = links(video);

        staff.reload();
        assertThat(staff.url()).as("the link is not shown again").endsWith("/videos/" + video + "#parent-links");
        assertThat(staff.locator("main")).not().containsText(path);
        assertThat(links(video)).as("reloading made no other link").isEqualTo(made);
        assertThat(staff.locator("table", new Page.LocatorOptions().setHasText("Made by"))).containsText(parentName);
        browser.checkPage(staff, "live-links");

        Page phone = browser.newPage(320, 640);
        Response opened = phone.navigate(baseUrl() + path);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.headerValue("referrer-policy")).isEqualTo("no-referrer");
        assertThat(phone.locator("h1")).hasText("Your talk and listen time film");
        assertThat(phone.locator(".govuk-service-navigation")).hasCount(0);
        assertThat(phone.locator("video#film")).hasAttribute("controlslist", "nodownload");
        assertThat(phone.locator("main")).containsText("You smiled and she turned to you");
        phone.waitForFunction("() => document.getElementById('film').readyState >= 1");
        browser.checkPage(phone, "parent-page");

        phone.evaluate("async () => { const film = document.getElementById('film'); film.muted = true; await film.play(); }");
        phone.waitForFunction("() => document.getElementById('film').currentTime > 1.5");
        phone.evaluate("() => document.getElementById('film').pause()");
        phone.locator("[data-seek]").first().click();
        phone.waitForFunction("() => Math.abs(document.getElementById('film').currentTime - 1) < 0.3");
        browser.checkPage(phone, "after-jump");
        long recorded = 0;
        for (int i = 0; i < 50 && recorded == 0; i++) {
            recorded = jdbc.sql("select count(*) from video_view where video_id = ? and user_name like 'parent via link %'"
                    + " and ended_at is not null").param(video).query(Long.class).single();
            phone.waitForTimeout(100);
        }
        assertThat(recorded).as("the parent's viewing was reported when the film paused").isPositive();

        Response refused = phone.navigate(baseUrl() + "/w/" + "A".repeat(43));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(phone.locator("main")).containsText(
                "This link has expired or is not valid. Ask your practitioner for a new link.");
        browser.checkPage(phone, "not-valid");
    }

    private long links(UUID video) {
        return jdbc.sql("select count(*) from parent_watch_link where video_id = ?").param(video).query(Long.class)
                .single();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
