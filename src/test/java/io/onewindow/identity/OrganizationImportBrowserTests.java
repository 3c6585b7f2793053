package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserSupport;
import io.onewindow.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's import in Chromium: upload, the progress bar until the result, the generated initial password
 * shown once; then the 通知发送情况 and 消息 pages (each checked with axe-core like every page here).
 */
class OrganizationImportBrowserTests extends BrowserTest {

    @Test
    void anAdministratorImportsStaffAndSeesTheirInitialPasswordOnce() throws Exception {
        Path file = Files.createTempFile("staff", ".csv");
        Files.writeString(file, "用户名,姓名,部门,大厅,角色\nbrowser.import,许文,511100-SCJGJ,,部门审批人员\n", StandardCharsets.UTF_8);
        signIn("admin");
        browser.get(url("/workspace/admin"));
        clickAndLoad(browser.findElement(By.linkText("组织机构和人员导入")));
        browser.findElement(By.id("file")).sendKeys(file.toString());
        clickAndLoad(browser.findElement(By.id("org-import-submit")));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("import-status")).getText()
                .contains("导入完成"));
        assertThat(browser.findElement(By.id("import-status")).getText()).contains("工作人员：新增 1，更新 0，未变 0");
        BrowserSupport.waitFor(browser, By.id("initial-passwords"));
        String shown = browser.findElement(By.id("initial-passwords")).getText();
        assertThat(shown).contains("browser.import").contains("只显示这一次");
        browser.navigate().refresh();
        BrowserSupport.waitFor(browser, By.id("import-status"));
        assertThat(browser.findElements(By.id("initial-passwords"))).as("shown once").isEmpty();

        browser.get(url("/admin/notifications"));
        BrowserSupport.waitFor(browser, By.id("relay-counts"));
        browser.get(url("/messages"));
        BrowserSupport.waitFor(browser, By.tagName("h1"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("消息");
        Files.delete(file);
    }
}
