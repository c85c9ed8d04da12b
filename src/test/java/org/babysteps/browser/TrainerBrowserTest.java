package org.babysteps.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.SignedIn;
import org.babysteps.identity.NewUserAccount;
import org.babysteps.identity.Role;
import org.babysteps.identity.UserAccounts;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.workforce.CourseRunId;
import org.babysteps.workforce.CourseRuns;
import org.babysteps.workforce.NewCourseRun;
import org.babysteps.workforce.PractitionerDetails;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.Practitioners;
import org.babysteps.workforce.Profession;
import org.babysteps.workforce.ProgrammeRole;
import org.babysteps.workforce.RunMembers;
import org.babysteps.workforce.TrainingRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A site trainer on a laptop: records the register of a course run's first event, enters the feedback a trainee
 * without an account gave on paper, and sees the run's feedback chart. axe must pass on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TrainerBrowserTest {

    private static final String ADMIN = "admin@licensor.demo";
    private static final String PASSWORD = BrowserSession.PASSWORD;

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Practitioners practitioners;
    @Autowired
    TrainingRecords records;
    @Autowired
    CourseRuns runs;
    @Autowired
    RunMembers members;

    @Test
    void aTrainerRecordsAnEventRegisterAndATraineesFeedback() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "trainer-" + suffix + "@north.test";
        String traineeName = "Trainee Tamsin " + suffix;
        SignedIn signedIn = new SignedIn(users);
        SiteId north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
        signedIn.run(ADMIN, () -> {
            UserId account = accounts.create(new NewUserAccount(email, "Trainer " + suffix, null, Set.of(Role.TRAINER),
                    Set.of(north), PASSWORD));
            PractitionerId trainer = add(north, "Trainer " + suffix, account, ProgrammeRole.TRAINER);
            records.accredit(trainer, new ProgrammeId("baby-steps"), LocalDate.now().minusYears(1), 24, 60);
            PractitionerId trainee = add(north, traineeName, null, ProgrammeRole.FACILITATOR);
            LocalDate start = LocalDate.now().minusDays(3);
            CourseRunId run = runs.plan(new NewCourseRun("baby-steps-facilitator", north, "Training room, Demo House",
                    false, List.of(start, start.plusWeeks(2), start.plusWeeks(4))));
            members.addTrainer(run, trainer);
            members.addTrainee(run, trainee);
        });

        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(1024, 900);
        browser.signIn(page, baseUrl, email);
        page.navigate(baseUrl + "/training");
        browser.checkPage(page, "calendar");
        page.locator("main a", new Page.LocatorOptions().setHasText("Baby Steps facilitator training")).first().click();
        assertThat(page.locator("h1")).hasText("Baby Steps facilitator training");
        browser.checkPage(page, "run");

        page.locator("main a:has-text('Record register')").first().click();
        assertThat(page.locator("h1")).containsText("Register");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save register")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("was present or absent");
        browser.checkPage(page, "register-error");
        page.getByLabel("Present").first().check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save register")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Register for event 1 saved");
        browser.checkPage(page, "run-register-saved");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("event 1 for " + traineeName)).click();
        assertThat(page.locator("main")).containsText("You are entering the feedback " + traineeName + " gave");
        Locator fieldsets = page.locator("main fieldset");
        for (int i = 0; i < fieldsets.count(); i++) {
            fieldsets.nth(i).getByLabel(i % 2 == 0 ? "4" : "5", new Locator.GetByLabelOptions().setExact(true)).check();
        }
        page.fill("#comments", "More time practising the filming, please");
        browser.checkPage(page, "feedback-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send feedback")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Feedback saved");

        page.goBack();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send feedback")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("already given feedback on event 1");
        browser.checkPage(page, "feedback-twice");

        page.locator("a.govuk-back-link").click();
        page.locator("main a:has-text('Feedback results')").click();
        assertThat(page.locator("svg title").first()).hasText("Event 1: average ratings");
        assertThat(page.locator("main")).containsText("More time practising the filming, please");
        browser.checkPage(page, "feedback-results");
    }

    private PractitionerId add(SiteId site, String name, UserId user, ProgrammeRole role) {
        return practitioners.add(new PractitionerDetails(user, name, null, Profession.FAMILY_SUPPORT_WORKER, Set.of(site),
                LocalDate.now().minusYears(2), null, BigDecimal.valueOf(7.5), Set.of(role)));
    }
}
