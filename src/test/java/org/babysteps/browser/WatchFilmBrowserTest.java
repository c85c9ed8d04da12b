package org.babysteps.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real film, recorded by the browser itself (a canvas through MediaRecorder), uploaded through the filming page,
 * then watched: it plays from the encrypted store, seeks to a note, reports the viewing, and every step is
 * accessible (axe-core, WCAG 2.2 AA) and fits a 320 px screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WatchFilmBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Three seconds of a moving test pattern, recorded as WebM by the browser, as base64. */
    private static final String RECORD = """
            async () => {
              const canvas = document.createElement('canvas');
              canvas.width = 160; canvas.height = 120;
              const ink = canvas.getContext('2d');
              let frame = 0;
              const draw = setInterval(() => {
                ink.fillStyle = `hsl(${(frame * 12) % 360}, 70%, 50%)`;
                ink.fillRect(0, 0, 160, 120);
                ink.fillStyle = '#fff';
                ink.fillRect((frame * 4) % 160, 40, 20, 40);
                frame++;
              }, 40);
              const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm' });
              const parts = [];
              recorder.ondataavailable = (event) => parts.push(event.data);
              const stopped = new Promise((resolve) => { recorder.onstop = resolve; });
              recorder.start(500);
              await new Promise((resolve) => setTimeout(resolve, 3000));
              recorder.stop();
              await stopped;
              clearInterval(draw);
              const bytes = new Uint8Array(await new Blob(parts, { type: 'video/webm' }).arrayBuffer());
              let text = '';
              bytes.forEach((b) => { text += String.fromCharCode(b); });
              return btoa(text);
            }""";

    @Test
    void aFilmUploadedFromThePagePlaysSeeksToANoteAndIsAccessibleAt320Pixels() {
        UUID family = jdbc.sql("""
                select e.family_id from enrolment e join site s on s.id = e.site_id
                join consent c on c.family_id = e.family_id and c.purpose = 'FILMING' and c.withdrawn_on is null
                where s.name = 'North Demo Site' and e.status in ('ENROLLED', 'COMPLETED')
                order by e.family_id limit 1""").query(UUID.class).single();
        Page page = browser.newPage(320, 800);
        browser.signIn(page, baseUrl(), "midwife@north.demo");

        page.navigate(baseUrl() + "/families/" + family + "/talk-and-listen");
        byte[] film = Base64.getDecoder().decode((String) page.evaluate(RECORD));
        page.locator("#film-file").setInputFiles(new FilePayload("talk-and-listen.webm", "video/webm", film));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload film")).click();
        assertThat(page.locator("#upload-status")).containsText("The film is saved");
        page.waitForLoadState();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Watch"))).first()
                .click();

        page.waitForURL(java.util.regex.Pattern.compile(".*/videos/[0-9a-f-]+$"));
        UUID video = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
        assertThat(page.locator("video#film")).hasAttribute("controlslist", "nodownload");
        page.waitForFunction("() => document.getElementById('film').readyState >= 1");
        browser.checkPage(page, "watch");

        page.evaluate("async () => { const film = document.getElementById('film'); film.muted = true; await film.play(); }");
        page.waitForFunction("() => document.getElementById('film').currentTime > 0.5");
        page.evaluate("() => document.getElementById('film').pause()");
        page.waitForFunction("() => document.getElementById('at').value !== ''");
        page.getByLabel("What you noticed").fill("You paused and she looked at you");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();

        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Note added at 0:0");
        assertThat(page.locator("table")).containsText("You paused and she looked at you");
        browser.checkPage(page, "with-note");
        assertThat(jdbc.sql("select count(*) from video_view where video_id = ? and ended_at is not null")
                .param(video).query(Integer.class).single()).as("the viewing was reported when the film paused")
                .isPositive();

        page.evaluate("() => { document.getElementById('film').currentTime = 2.5; }");
        page.waitForFunction("() => Math.abs(document.getElementById('film').currentTime - 2.5) < 0.3");
        page.locator("[data-seek]").first().click();
        page.waitForFunction("() => Math.abs(document.getElementById('film').currentTime - "
                + "Number(document.querySelector('[data-seek]').dataset.seek)) < 0.3");

        page.getByLabel("Time in the film").fill("59:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter what you noticed at this moment");
        browser.checkPage(page, "errors");
        assertThat(browser.dialogs()).isEmpty();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
