package org.babysteps.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.babysteps.delivery.DeliveryOverview;
import org.babysteps.workforce.Availability;
import org.babysteps.workforce.PractitionerDetails;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.Practitioners;
import org.babysteps.workforce.Profession;
import org.babysteps.workforce.ProgrammeRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The north site lead's workforce on a laptop. With the family support worker on leave the week of the next
 * planned session, the home page warns of a capacity shortfall, and of overdue
 * supervision; the workforce page shows the shortfall by quarter and the training it implies; the lead records a
 * supervision session, first forgetting who was there. axe must pass on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SiteLeadWorkforceBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Practitioners practitioners;
    @Autowired
    Availability availability;
    @Autowired
    DeliveryOverview delivery;

    @Test
    void theNorthLeadSeesTheShortfallAndOverdueSupervisionAndRecordsASession() {
        SiteId north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
        String supervisor = "Sam Supervisor (browser test " + UUID.randomUUID().toString().substring(0, 8) + ")";
        new SignedIn(users).run("lead@north.demo", () -> practitioners.add(new PractitionerDetails(null, supervisor, null,
                Profession.SOCIAL_WORKER, Set.of(north), LocalDate.now().minusYears(3), null, new BigDecimal("3"),
                Set.of(ProgrammeRole.SUPERVISOR))));
        // the north family support worker is on leave the week of the next planned session: nobody covers their side
        new SignedIn(users).run("lead@north.demo", () -> {
            LocalDate next = delivery.plannedSessionHours(north, LocalDate.now().plusDays(1), LocalDate.now().plusYears(1))
                    .get(0).date();
            PractitionerId fsw = practitioners.atSite(north).stream().filter(p -> p.userId() != null
                    && p.userId().equals(users.findByEmail("fsw@north.demo").orElseThrow().userId())).findFirst().orElseThrow().id();
            availability.addLeave(fsw, next.with(DayOfWeek.MONDAY), next.with(DayOfWeek.SUNDAY), null);
        });
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(1280, 900);
        browser.signIn(page, baseUrl, "lead@north.demo");

        assertThat(page.locator("main")).containsText("Capacity shortfall in");
        assertThat(page.locator("main")).containsText("Upcoming and overdue supervision");
        assertThat(page.locator("main .govuk-tag", new Page.LocatorOptions().setHasText("Overdue")).first()).isVisible();
        browser.checkPage(page, "home");

        page.locator("main a", new Page.LocatorOptions().setHasText("Workforce and capacity")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Workforce");
        assertThat(page.locator("main table").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Capacity for planned groups"))).containsText("Shortfall");
        assertThat(page.locator("main .govuk-warning-text").first()).containsText("Train");
        browser.checkPage(page, "workforce");

        page.locator("main a", new Page.LocatorOptions().setHasText("Supervision sessions and compliance")).click();
        assertThat(page.locator("main table").first()).containsText("Overdue");
        browser.checkPage(page, "supervision");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a session")).click();
        page.selectOption("#supervisorId", new com.microsoft.playwright.options.SelectOption().setLabel(supervisor));
        page.locator("#format-GROUP").check();
        page.fill("#durationMinutes", "90");
        page.fill("#topics", "Keeping fathers engaged between sessions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record session")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("someone present");
        browser.checkPage(page, "supervision-error");

        page.locator("input[name=superviseeIds]").first().check();
        page.locator("input[name=superviseeIds]").nth(1).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record session")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Supervision session recorded");
        assertThat(page.locator("main")).containsText("Keeping fathers engaged between sessions");
        browser.checkPage(page, "supervision-recorded");
    }
}
