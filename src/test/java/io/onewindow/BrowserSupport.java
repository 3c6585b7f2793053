package io.onewindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its chromedriver (nothing downloaded). Skips the test when Chromium is not
 * installed, unless {@code -Donewindow.requireBrowser=true} (as in CI) makes that a failure.
 */
public final class BrowserSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private BrowserSupport() {
    }

    public static WebDriver start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (Boolean.getBoolean("onewindow.requireBrowser")) {
            assertThat(present).as("Chromium and chromedriver must be installed (see .ci/run)").isTrue();
        }
        assumeTrue(present, "Chromium not installed; browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // every page opened is checked for WCAG 2.1 A/AA violations (see Accessibility)
        return new org.openqa.selenium.support.events.EventFiringDecorator<>(new Accessibility(chrome)).decorate(chrome);
    }

    /** Signs in with a demo account and waits for the 工作台. */
    public static void signIn(WebDriver browser, int port, String username) {
        signIn(browser, port, username, "Leshan2023");
    }

    public static void signIn(WebDriver browser, int port, String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        try {
            waitFor(browser, By.id("workspace-title"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("signing in as " + username + " ended at " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    public static void waitFor(WebDriver browser, By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }
}
