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
 * Outcomes as the site lead, the licensor and the commissioner read them, on the demo's paired questionnaires (all
 * completed today, so inside the default last 12 months). Every page must pass axe at both widths.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OutcomesBrowserTest {

    private static final String EPDS = "Edinburgh Postnatal Depression Scale (EPDS)";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"320, 800", "1280, 900"})
    void siteLeadReadsTheEpdsPanelSwitchesTheTimePointsAndOpensAGroupsOutcomes(int width, int height) {
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(width, height);
        browser.signIn(page, baseUrl, "lead@north.demo");
        Locator main = page.locator("main");

        page.navigate(baseUrl + "/sites/" + north() + "/outcomes");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(EPDS))).isVisible();
        assertThat(main).containsText("parents who completed both questionnaires");
        assertThat(main).not().containsText("fewer than 5");
        browser.checkPage(page, "site-outcomes");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Baseline to follow-up")).click();
        assertThat(main).containsText("Baseline to follow-up, later questionnaire completed");
        assertThat(main).containsText("No parents completed both " + EPDS + " questionnaires.");
        browser.checkPage(page, "site-outcomes-follow-up");

        UUID finished = jdbc.sql("select id from delivery_group where site_id = ? and name like '%(finished)%' limit 1")
                .param(north()).query(UUID.class).single();
        page.navigate(baseUrl + "/groups/" + finished + "/outcomes");
        assertThat(main).containsText("Outcomes of the group");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(EPDS))).isVisible();
        browser.checkPage(page, "group-outcomes");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"320, 800", "1280, 900"})
    void programmeManagerComparesSitesAndSortsByPairs(int width, int height) {
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(width, height);
        browser.signIn(page, baseUrl, "manager@licensor.demo");
        Locator main = page.locator("main");

        page.navigate(baseUrl + "/outcomes");
        assertThat(main).containsText("Outcomes by site");
        assertThat(main).containsText("North Demo Site");
        assertThat(main).containsText("All sites");
        browser.checkPage(page, "national-outcomes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("pairs").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("pairs").setExact(true)))
                .hasAttribute("aria-current", "true");
        browser.checkPage(page, "national-outcomes-by-pairs");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"320, 800", "1280, 900"})
    void commissionerSeesOutcomesInTheEvidencePackWithSmallCountsNotShown(int width, int height) {
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(width, height);
        browser.signIn(page, baseUrl, "commissioner@north.demo");
        Locator main = page.locator("main");

        page.navigate(baseUrl + "/sites/" + north() + "/evidence");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Outcomes").setExact(true))).isVisible();
        assertThat(main).containsText("Fewer than 5 birth parents completed both " + EPDS + " questionnaires, so the results are not shown.");
        assertThat(main).not().containsText("Outcome measures will appear here");
        browser.checkPage(page, "evidence-outcomes");
    }

    private UUID north() {
        return jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
    }
}
