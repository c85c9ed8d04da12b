package org.babysteps.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Chromium for a browser test class. Register it on a static field with {@code @RegisterExtension}: one
 * Playwright and browser then serve the whole class (starting Chromium is the slow part), while every test gets
 * a fresh context, so no cookie or session leaks from one test into the next.
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    public static final String PASSWORD = "demo-password-1";

    private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private String testName;
    private final List<String> dialogs = new ArrayList<>();
    private final List<String> extraArgs;

    public BrowserSession() {
        this(List.of());
    }

    /** @param extraArgs Chromium switches a test needs, e.g. a fake camera */
    public BrowserSession(List<String> extraArgs) {
        this.extraArgs = List.copyOf(extraArgs);
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        playwright = Playwright.create();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(extraArgs);
        if (Files.isExecutable(SYSTEM_CHROMIUM)) {
            // the pom's system-chromium profile stops Playwright downloading a browser when this one is present
            List<String> args = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"));
            args.addAll(extraArgs);
            options.setExecutablePath(SYSTEM_CHROMIUM).setArgs(args);
        }
        browser = playwright.chromium().launch(options);
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        testName = extension.getRequiredTestMethod().getName();
        dialogs.clear();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        if (context != null) {
            context.close();
            context = null;
        }
        // a dialog means script the page did not author ran (or an unexpected confirm): always a failure
        assertThat(dialogs).as("JavaScript dialogs opened during " + testName).isEmpty();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A page in a fresh context of the given viewport, recording (and dismissing) any dialog it opens. */
    public Page newPage(int width, int height) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        Page page = context.newPage();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
        return page;
    }

    /** Dialogs seen so far in this test, as "type: message". */
    public List<String> dialogs() {
        return List.copyOf(dialogs);
    }

    /** Signs in through the real login page, as a person would, and waits for the home page. */
    public void signIn(Page page, String baseUrl, String email) {
        page.navigate(baseUrl + "/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(baseUrl + "/");
    }

    /**
     * Saves a full-page screenshot, then fails on any WCAG 2.2 AA violation axe-core finds on the page, or if the
     * page scrolls sideways (WCAG 1.4.10 reflow, which axe cannot check).
     */
    public void checkPage(Page page, String step) {
        screenshot(page, step);
        int overflow = (int) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).as("sideways scroll in pixels on " + page.url() + " (" + step + ")").isLessThanOrEqualTo(0);
        List<Rule> violations = new AxeBuilder(page).withTags(WCAG_TAGS).analyze().getViolations();
        if (!violations.isEmpty()) {
            fail("Accessibility violations on " + page.url() + " (" + step + "):\n" + violations.stream()
                    .map(BrowserSession::describe).collect(Collectors.joining("\n")));
        }
    }

    /** Saves target/screenshots/test-step-width.png, so a reviewer can see each page at each width. */
    public void screenshot(Page page, String step) {
        String name = testName + "-" + step + "-" + page.viewportSize().width + ".png";
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        return "  " + rule.getId() + " [" + rule.getImpact() + "]: " + rule.getHelp() + " -> " + targets;
    }
}
