package io.onewindow;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the browser journeys: one headless Chromium per test class against the platform on its random port. */
@IntegrationTest
public abstract class BrowserTest {

    protected static WebDriver browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = BrowserSupport.start();
    }

    /** Fails the test that opened a page with accessibility violations (axe-core, WCAG 2.1 A/AA). */
    @org.junit.jupiter.api.AfterEach
    void noAccessibilityViolations() {
        org.assertj.core.api.Assertions.assertThat(Accessibility.drain()).as("WCAG 2.1 A/AA violations (axe-core)").isEmpty();
    }

    @AfterAll
    static void stopBrowser() {
        System.out.println("accessibility: " + Accessibility.checkedPages() + " page kinds checked with axe-core so far");
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String username) {
        BrowserSupport.signIn(browser, port, username);
    }

    protected void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks something that loads a new page and waits until the old page is gone, so that a following wait for a
     * flash message cannot be satisfied by the previous page's message.
     */
    protected void clickAndLoad(WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15)).until(d -> gone(page));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15)).until(d ->
                "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        Accessibility.check(browser);
    }

    // Chrome reports a replaced document either as a stale element or as a node that no longer belongs to it
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Waits for the next page's flash message and fails with its text if it is an error. */
    protected void expectSuccess() {
        BrowserSupport.waitFor(browser, org.openqa.selenium.By.cssSelector("p.flash[role=status], p.flash[role=alert]"));
        var errors = browser.findElements(org.openqa.selenium.By.cssSelector("p.flash[role=alert]"));
        org.assertj.core.api.Assertions.assertThat(errors).as(errors.isEmpty() ? "" : errors.get(0).getText()).isEmpty();
    }

    /** Clicks the element with this id, waits for the new page and expects a success message on it. */
    protected void click(String id) {
        clickAndLoad(browser.findElement(org.openqa.selenium.By.id(id)));
        expectSuccess();
    }

    protected String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /**
     * A standard two-step case decided on its page: 受理 and 审查 by the department's approver, 决定 准予 by its head
     * (the SIMPLE process shape).
     */
    protected void decideOnPage(String caseUrl, String approver, String head) {
        signIn(approver);
        browser.get(caseUrl);
        click("accept");
        browser.get(caseUrl);
        click("claim-review");
        type("opinion-review", "材料齐全，同意");
        click("pass-review");
        signIn(head);
        browser.get(caseUrl);
        click("claim-decide");
        click("decide");
        org.assertj.core.api.Assertions.assertThat(text("case-status")).isEqualTo("准予");
    }

    /** Sets a date input the way a date picker would (typing into it depends on the browser's locale). */
    protected void setDate(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), isoDate);
    }
}
