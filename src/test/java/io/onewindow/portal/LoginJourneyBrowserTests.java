package io.onewindow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.onewindow.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real headless Chromium against the running platform: a clerk and an applicant sign in and see their 工作台. */
@IntegrationTest
class LoginJourneyBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
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
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("Leshan2023");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("workspace-title")));
    }

    @Test
    void aWindowClerkSignsInAndSeesTheComprehensiveWindowWorkspace() {
        signIn("clerk");
        assertThat(browser.getCurrentUrl()).endsWith("/workspace/clerk");
        assertThat(browser.findElement(By.id("workspace-title")).getText()).isEqualTo("综合窗口受理");
        assertThat(browser.getPageSource()).contains("乐山市政务服务中心").contains("无差别综合窗口").contains("王晓敏");
    }

    @Test
    void anApplicantSignsInAndSeesTheirOwnMaskedDetails() {
        signIn("zhangsan");
        assertThat(browser.getCurrentUrl()).endsWith("/workspace/applicant");
        assertThat(browser.findElement(By.id("workspace-title")).getText()).isEqualTo("我的办事");
        String page = browser.getPageSource();
        assertThat(page).contains("张三").contains("511102********");
        assertThat(page).doesNotContain("19900315");
    }

    @Test
    void aWrongPasswordShowsTheNeutralMessage() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("clerk.emeishan");
        browser.findElement(By.id("password")).sendKeys("not-the-password1");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        String message = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error"))).getText();
        assertThat(message).contains("用户名或密码错误");
    }

    @Test
    void theLargeFontSwitchWorksFromTheKeyboard() {
        browser.get("http://localhost:" + port + "/");
        var toggle = browser.findElement(By.id("font-toggle"));
        toggle.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).contains("large-font");
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
        toggle.sendKeys(org.openqa.selenium.Keys.ENTER);
    }
}
