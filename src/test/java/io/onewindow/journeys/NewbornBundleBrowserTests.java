package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserSupport;
import io.onewindow.BrowserTest;
import io.onewindow.TestFiles;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 新生儿出生一件事 in Chromium, as a family lives it: the 出生医学证明 is applied for and issued; the platform then
 * offers the rest of the event, the baby's details already filled; the family confirms once; 公安 and 卫健 act on
 * their own members at the same time; 出生登记 makes the baby a citizen with a 公民身份号码 of her own, and the baby's
 * 医保参保 and 社保卡 follow by themselves, applied for in her name with her father as guardian (no 授权委托书); the
 * family finds one notice and every licence, the baby's included, in the father's 我的证照.
 */
class NewbornBundleBrowserTests extends BrowserTest {

    @Autowired
    Catalog catalog;



    /** Reloads the page until the element holds the text (the next step runs after the decision commits). */
    private void awaitText(String path, String id, String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            browser.get(url(path));
            return !browser.findElements(By.id(id)).isEmpty() && text(id).contains(expected);
        });
    }

    @Test
    void fromTheBirthCertificateThroughTheOfferToEveryResult() throws Exception {
        String code = catalog.search(CatalogQuery.text("出生医学证明办理")).items().get(0).code();
        signIn("zhangsan");
        browser.get(url("/services/" + code));
        browser.findElement(By.id("apply")).click();
        BrowserSupport.waitFor(browser, By.id("start"));
        clickAndLoad(browser.findElement(By.id("start")));
        BrowserSupport.waitFor(browser, By.id("case-form"));
        String birthCase = browser.getCurrentUrl();
        type("f-babyName", "张小满");
        setDate("f-birthDate", "2026-11-25");
        type("f-hospital", "乐山市人民医院");
        click("save");
        Path pdf = Files.createTempFile("register", ".pdf");
        Files.write(pdf, TestFiles.PDF);
        browser.findElement(By.id("file-1")).sendKeys(pdf.toString());
        clickAndLoad(browser.findElement(By.id("file-1")).findElement(By.xpath("./following-sibling::button")));
        expectSuccess();
        click("submit");
        decideOnPage(birthCase, "approver.health", "head.wjw");

        // the platform saw the 出生医学证明: the family is offered the rest, nothing to look for
        signIn("zhangsan");
        awaitText("/bundle-cases", "offers", "宝宝的出生医学证明已签发");
        clickAndLoad(browser.findElement(By.id("take-YJS-XSECS")));
        expectSuccess();
        assertThat(browser.findElement(By.id("f-babyName")).getAttribute("value")).isEqualTo("张小满");
        assertThat(text("member-0")).contains("准予");
        new Select(browser.findElement(By.id("f-babyGender"))).selectByVisibleText("女");
        new Select(browser.findElement(By.id("f-relation"))).selectByVisibleText("父亲");
        new Select(browser.findElement(By.id("f-vaccinationSite"))).selectByVisibleText("乐山市妇幼保健院");
        new Select(browser.findElement(By.id("f-bank"))).selectByVisibleText("乐山市商业银行"); // the baby's 社保卡
        click("submit");
        String bundlePage = browser.getCurrentUrl();
        assertThat(text("member-1")).contains("待受理");
        assertThat(text("member-2")).contains("待受理");
        assertThat(text("member-3")).contains("等待前序事项").contains("为宝宝办理");
        assertThat(text("member-4")).contains("等待前序事项").contains("社会保障卡申领");
        String vaccination = browser.findElement(By.cssSelector("#member-1 a")).getAttribute("href");
        String registration = browser.findElement(By.cssSelector("#member-2 a")).getAttribute("href");

        // two departments, each on its own member, neither waiting for the other
        decideOnPage(registration, "approver.gaj", "head.gaj");
        decideOnPage(vaccination, "approver.health", "head.wjw");

        signIn("zhangsan");
        String path = bundlePage.substring(bundlePage.indexOf("/bundle-cases/"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            browser.get(url(path));
            return !text("member-3").contains("等待前序事项") && !text("member-4").contains("等待前序事项");
        });
        if (text("member-3").contains("待受理")) { // not 秒批 this time: 医保 decides it
            String insurance = browser.findElement(By.cssSelector("#member-3 a")).getAttribute("href");
            decideOnPage(insurance, "approver.ybj", "head.ybj");
            signIn("zhangsan");
        }
        if (text("member-4").contains("待受理")) { // 人社 decides the card when it is not 秒批
            String card = browser.findElement(By.cssSelector("#member-4 a")).getAttribute("href");
            decideOnPage(card, "approver.hr", "head.rsj");
            signIn("zhangsan");
        }
        awaitText(path, "bundle-status", "已办结");
        // the card is the baby's: she is the applicant, her father applied as guardian without a 授权委托书
        browser.get(browser.findElement(By.cssSelector("#member-4 a")).getAttribute("href"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("张小满").contains("监护人");
        awaitText("/messages", "main", "“新生儿出生一件事”已全部办结：5 项准予");
        browser.get(url("/wallet"));
        String wallet = browser.findElement(By.tagName("main")).getText();
        assertThat(wallet).contains("出生医学证明").contains("预防接种证").contains("居民户口簿").contains("社会保障卡")
                .contains("张小满");
    }
}
