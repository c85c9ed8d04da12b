package org.babysteps.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A north facilitator's week on a tablet: save a missing register, record a first home visit for a new referral;
 * then a south facilitator gets "Page not found" for that family and group. axe must pass on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FacilitatorWeekBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void northFacilitatorSavesARegisterAndAVisitWhichTheSouthCannotOpen() {
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(768, 1024);
        browser.signIn(page, baseUrl, "midwife@north.demo");
        browser.checkPage(page, "home");

        Locator missing = page.locator("main h2:has-text('Registers not saved') + ul a").first();
        missing.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Register");
        browser.checkPage(page, "register");
        Locator presentRadios = page.locator("input[type=radio][value=PRESENT]");
        for (int i = 0; i < presentRadios.count(); i++) {
            presentRadios.nth(i).check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save register")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Register saved");
        assertThat(page.locator("main")).containsText("Delivered");
        browser.checkPage(page, "session-delivered");
        page.getByText("Back to the group").click();
        String groupUrl = page.url();
        browser.checkPage(page, "group");

        page.navigate(baseUrl + "/");
        page.locator("main h2:has-text('Families needing contact') + ul a").first().click();
        String familyUrl = page.url();
        Locator panel = page.locator("#delivery-panel");
        assertThat(panel).containsText("Home visits");
        browser.checkPage(page, "family");
        panel.locator("a", new Locator.LocatorOptions().setHasText("Plan or record")).first().click();
        page.fill("#doneOn", LocalDate.now().toString());
        page.locator("input[name=visitors]").first().check();
        page.fill("#durationMinutes", "75");
        page.fill("#notes", "Explained the programme; the family would like the Thursday group.");
        browser.checkPage(page, "visit-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save visit")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("saved");
        assertThat(page.locator("#delivery-panel")).containsText("Done");
        browser.checkPage(page, "family-visited");

        page.locator("header button:has-text('Sign out')").click();
        browser.signIn(page, baseUrl, "midwife@south.demo");
        page.navigate(familyUrl);
        assertThat(page.locator("h1")).hasText("Page not found");
        browser.checkPage(page, "south-family");
        page.navigate(groupUrl);
        assertThat(page.locator("h1")).hasText("Page not found");
    }

    @Test
    void aRegisterCanBeChangedWithTheKeyboardAloneOnAPhone() {
        String baseUrl = "http://localhost:" + port;
        Page page = browser.newPage(320, 800);
        browser.signIn(page, baseUrl, "fsw@north.demo");
        page.navigate(baseUrl + "/sites");
        page.locator("main tbody a").first().click();
        page.locator("main a", new Page.LocatorOptions().setHasText("Groups")).first().click();
        page.locator("main tbody a", new Page.LocatorOptions().setHasText("Thursday")).first().click();
        page.locator("main a", new Page.LocatorOptions().setHasText("Antenatal group session 1")).click();
        page.locator("main a:has-text('Change the register')").click();
        browser.checkPage(page, "register-phone");

        Locator first = page.locator("input[type=radio]").first();
        first.focus();
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("input[type=radio][value=ABSENT]").first()).isChecked();
        // each person's radios are one Tab stop: Tab past them to the save button and press it
        for (int presses = 0; presses < 60 && !"Save register".equals(focusedText(page)); presses++) {
            page.keyboard().press("Tab");
        }
        page.keyboard().press("Enter");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Register saved");
        browser.checkPage(page, "register-saved-phone");
    }

    private static String focusedText(Page page) {
        return String.valueOf(page.evaluate("() => document.activeElement && document.activeElement.textContent.trim()"));
    }
}
