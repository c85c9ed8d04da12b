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
 * What the licensor, the site lead and the commissioner look at to keep a site licensed and funded: the sites
 * overview, compliance, steering group, funding and the evidence pack. Every page must pass axe at both widths.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LifecycleOverviewBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"320, 800", "1280, 900"})
    void programmeManagerFindsTheSiteAtRiskAndItsCompliance(int width, int height) {
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(width, height);
        browser.signIn(page, baseUrl, "manager@licensor.demo");
        Locator main = page.locator("main");

        assertThat(main).containsText("Sites at sustainability risk");
        browser.checkPage(page, "licensor-home");
        page.navigate(baseUrl + "/lifecycle");
        page.getByLabel("Only sites at sustainability risk").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
        assertThat(main).containsText("North Demo Site");
        assertThat(main).not().containsText("South Demo Site");
        browser.checkPage(page, "overview-at-risk");

        page.navigate(baseUrl + "/sites/" + north() + "/compliance");
        assertThat(main).containsText("Every group session is co-facilitated");
        browser.checkPage(page, "compliance");
        page.navigate(baseUrl + "/funding");
        browser.checkPage(page, "funding-all-sites");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"320, 800", "1280, 900"})
    void siteLeadSeesTheOverdueActionAndTheFundingWarning(int width, int height) {
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(width, height);
        browser.signIn(page, baseUrl, "lead@north.demo");
        Locator main = page.locator("main");

        assertThat(main).containsText("Overdue steering group actions");
        browser.checkPage(page, "lead-home");
        page.navigate(baseUrl + "/sites/" + north());
        browser.checkPage(page, "site-page");
        page.navigate(baseUrl + "/sites/" + north() + "/steering");
        assertThat(main).containsText("Overdue");
        browser.checkPage(page, "steering");
        page.navigate(baseUrl + "/sites/" + north() + "/funding");
        assertThat(main).containsText("Secured funding ends");
        browser.checkPage(page, "funding");
    }

    /** Not lifecycle, but the one other form that reveals fields per radio choice; it shares the reveal script. */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"320, 800", "1280, 900"})
    void siteLeadsSessionChangeFormRevealsTheFieldsOfTheChosenChange(int width, int height) {
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(width, height);
        browser.signIn(page, baseUrl, "lead@north.demo");
        UUID session = jdbc.sql("select id from group_session where site_id = ? and status = 'PLANNED'"
                + " order by planned_date desc limit 1").param(north()).query(UUID.class).single();

        page.navigate(baseUrl + "/sessions/" + session + "/change");
        assertThat(page.locator("#date")).isHidden();
        page.getByLabel("Move it to another date, time or venue").check();
        assertThat(page.locator("#date")).isVisible();
        assertThat(page.locator("#facilitators")).isHidden();
        browser.checkPage(page, "session-change");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"320, 800", "1280, 900"})
    void commissionerOpensTheEvidencePackOfTheirFunding(int width, int height) {
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(width, height);
        browser.signIn(page, baseUrl, "commissioner@north.demo");
        Locator main = page.locator("main");

        browser.checkPage(page, "commissioner-home");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Evidence pack for Facilitator time"))).click();
        assertThat(main).containsText("Evidence pack for re-commissioning");
        assertThat(main).containsText("funded by Northshire Integrated Care Board (demo)");
        browser.checkPage(page, "evidence-pack");
    }

    private UUID north() {
        return jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
    }
}
