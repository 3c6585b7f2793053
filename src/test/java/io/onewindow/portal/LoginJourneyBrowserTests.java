package io.onewindow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Real headless Chromium against the running platform: a clerk and an applicant sign in and see their 工作台. */
class LoginJourneyBrowserTests extends BrowserTest {

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
        // a person is not offered the enterprises' 可享政策 (it answered 403)
        assertThat(page).doesNotContain("可享政策（企业）");
        signIn("qiye");
        assertThat(browser.getPageSource()).contains("可享政策（企业）");
        // a person with two roles switches with a labelled choice
        signIn("deptadmin");
        browser.get("http://localhost:" + port + "/workspace/approver");
        assertThat(browser.findElement(By.cssSelector("nav[aria-labelledby=role-switch]")).getText()).contains("切换角色")
                .contains("（部门管理员）").contains("（部门审批人员）· 当前");
    }

    @Test
    void aWrongPasswordShowsTheNeutralMessage() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("clerk.emeishan");
        browser.findElement(By.id("password")).sendKeys("not-the-password1");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
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
