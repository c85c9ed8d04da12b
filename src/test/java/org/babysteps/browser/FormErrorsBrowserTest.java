package org.babysteps.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Forms in a real browser: the GOV.UK error pattern, hostile text shown as text, and sign-in by keyboard alone.
 */
// Same configuration as SiteLeadBrowserTest, so both classes share one started application.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FormErrorsBrowserTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void emptySiteFormShowsErrorSummaryLinkedToEachField() {
        Page page = signedInAdmin();
        page.navigate(baseUrl() + "/sites/new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add site")).click();

        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).containsText("There is a problem");
        // GOV.UK Frontend moves focus to the summary so screen readers announce it; role=alert is the fallback
        page.waitForFunction("() => document.activeElement && document.activeElement.matches('.govuk-error-summary')");
        assertThat(summary.locator("[role=alert]")).hasCount(1);
        assertThat(page).hasTitle(Pattern.compile("^Error: "));

        List<String> fields = List.of("name", "area", "leadAgencyName", "leadAgencyType");
        List<String> messages = List.of("Enter the site name", "Enter the area the site covers",
                "Enter the name of the lead agency", "Select the type of lead agency");
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            assertThat(summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(messages.get(i))))
                    .hasAttribute("href", "#" + field);
            assertThat(page.locator("#" + field)).hasCount(1);
            assertThat(page.locator("#" + field + "-error")).containsText(messages.get(i));
        }
        browser.checkPage(page, "errors");

        // following a summary link puts the cursor in the field, ready to type
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Enter the site name")).click();
        assertThat(page.locator("#name")).isFocused();

        // the GOV.UK pattern lists errors in the order the fields appear, so the summary reads like the form
        assertThat(summary.locator("a")).hasText(messages.toArray(String[]::new));
    }

    @Test
    void siteNameWithScriptIsSavedAndShownAsText() {
        Page page = signedInAdmin();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "<script>alert(1)</script> Test " + suffix;

        page.navigate(baseUrl() + "/sites/new");
        page.getByLabel("Site name").fill(name);
        page.getByLabel("Area it covers").fill("Browser test area " + suffix);
        page.getByLabel("Lead agency", new Page.GetByLabelOptions().setExact(true)).fill("Browser test agency " + suffix);
        page.getByLabel("Health").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add site")).click();

        page.waitForURL(Pattern.compile("/sites/[0-9a-f-]{36}$"));
        Locator heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        assertThat(heading.textContent()).isEqualTo(name);
        assertThat(page.locator("main script")).hasCount(0);
        assertThat(browser.dialogs()).as("dialogs opened by the site name").isEmpty();
        browser.checkPage(page, "saved");
    }

    @Test
    void loginPageWorksWithKeyboardAlone() {
        Page page = browser.newPage(WIDTH, HEIGHT);
        page.navigate(baseUrl() + "/login");

        // the skip link must be the first stop, so keyboard users can jump past the header
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Skip to main content");

        for (int presses = 0; presses < 10 && !isFocused(page, "#email"); presses++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.locator("#email")).isFocused();
        page.keyboard().type("lead@north.demo");
        page.keyboard().press("Tab");
        assertThat(page.locator("#password")).isFocused();
        page.keyboard().type(BrowserSession.PASSWORD);
        browser.screenshot(page, "filled");
        page.keyboard().press("Enter");

        page.waitForURL(baseUrl() + "/");
        assertThat(page.locator("main")).containsText("North Demo Site");
    }

    private Page signedInAdmin() {
        Page page = browser.newPage(WIDTH, HEIGHT);
        browser.signIn(page, baseUrl(), "admin@licensor.demo");
        return page;
    }

    private static boolean isFocused(Page page, String selector) {
        return (boolean) page.evaluate("s => document.activeElement === document.querySelector(s)", selector);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
