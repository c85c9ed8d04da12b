package org.babysteps.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A site lead, in a real browser at phone and desktop widths, sees only their own site, gets the same "Page not
 * found" for another site as for a missing one, and is really signed out afterwards. Every page must pass axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SiteLeadBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"320, 800", "1280, 900"})
    void siteLeadSeesOnlyOwnSiteAndIsSignedOutAfterwards(int width, int height) {
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(width, height);

        page.navigate(baseUrl + "/login");
        browser.checkPage(page, "login");

        browser.signIn(page, baseUrl, "lead@north.demo");
        Locator main = page.locator("main");
        assertThat(main).containsText("North Demo Site");
        assertThat(main).not().containsText("South Demo Site");
        assertThat(main).not().containsText("East Demo Site");
        browser.checkPage(page, "home");

        page.navigate(baseUrl + "/sites");
        Locator siteLinks = main.locator("tbody a");
        assertThat(siteLinks).hasText(new String[] {"North Demo Site"});
        browser.checkPage(page, "sites");

        siteLinks.first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("North Demo Site");
        browser.checkPage(page, "site");

        // another site's page must look exactly like a page that does not exist
        Response response = page.navigate(baseUrl + "/sites/" + siteId("South Demo Site"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Page not found");
        assertThat(main).not().containsText("South Demo Site");
        browser.checkPage(page, "not-found");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(Pattern.compile("/login\\?signedOut"));
        assertThat(page.locator("main")).containsText("You have signed out");
        browser.checkPage(page, "signed-out");

        // the session really ended: the home page now sends the browser back to sign in
        page.navigate(baseUrl + "/");
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sign in");
    }

    private UUID siteId(String name) {
        return jdbc.sql("select id from site where name = ?").param(name).query(UUID.class).single();
    }
}
