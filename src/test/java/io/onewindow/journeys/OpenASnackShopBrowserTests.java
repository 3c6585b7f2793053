package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserSupport;
import io.onewindow.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A person opens a 小吃店 as a 个体工商户, as a newcomer would: from the home page's search box, through login (which
 * returns to the application), to the 营业执照 of the new business in their own wallet — never asked for the credit
 * code the registration creates.
 */
class OpenASnackShopBrowserTests extends BrowserTest {

    @Test
    void fromTheHomePageSearchToTheBusinessLicenceInTheWallet() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        type("q", "我想开个小吃店");
        browser.findElement(By.cssSelector("main form[role=search] button")).click();
        BrowserSupport.waitFor(browser, By.id("result-count"));
        browser.findElement(By.linkText("个体工商户设立登记")).click();
        BrowserSupport.waitFor(browser, By.id("guide-title"));
        browser.findElement(By.id("apply")).click();

        // not signed in: the login page, and after it straight back to the application
        BrowserSupport.waitFor(browser, By.id("username"));
        type("username", "zhangsan");
        type("password", "Leshan2023");
        clickAndLoad(browser.findElement(By.cssSelector("main form button[type=submit]")));
        BrowserSupport.waitFor(browser, By.id("start"));
        assertThat(text("establishes")).contains("无需填写统一社会信用代码");
        clickAndLoad(browser.findElement(By.id("start")));
        BrowserSupport.waitFor(browser, By.id("case-form"));
        String caseUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("case-form")).getText()).doesNotContain("统一社会信用代码");
        type("f-tradeName", "乐山市市中区张三小吃店");
        new Select(browser.findElement(By.id("f-industry"))).selectByVisibleText("H6291 小吃服务");
        type("f-premises", "乐山市市中区嘉州大道88号");
        type("f-scope", "小吃服务；预包装食品销售");
        clickAndLoad(browser.findElement(By.id("save")));
        expectSuccess();
        Path pdf = Files.createTempFile("申请书", ".pdf");
        Files.write(pdf, io.onewindow.TestFiles.PDF);
        browser.findElement(By.id("file-0")).sendKeys(pdf.toString());
        clickAndLoad(browser.findElement(By.id("file-0")).findElement(By.xpath("./following-sibling::button")));
        expectSuccess();
        clickAndLoad(browser.findElement(By.id("submit")));
        expectSuccess();
        // a hand-signed application form needs a person's look: the case says who decides
        assertThat(text("holders")).contains("人工审核：市中区市场监督管理局 部门审批人员，待认领");

        signIn("approver.szq.scjgj");
        browser.get(caseUrl);
        click("claim-decide");
        click("decide");
        assertThat(text("case-status")).isEqualTo("准予");

        signIn("zhangsan");
        WebElement card = org.awaitility.Awaitility.await("the 营业执照 in the wallet").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(300)).ignoreExceptions().until(() -> {
                    browser.get(url("/wallet"));
                    return browser.findElements(By.cssSelector("section.license")).stream()
                            .filter(c -> c.getText().contains("乐山市市中区张三小吃店")).findFirst().orElse(null);
                }, java.util.Objects::nonNull);
        assertThat(card.getText()).contains("营业执照").contains("有效").containsPattern("92511102[0-9A-Z]{10}");
    }
}
