package io.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserSupport;
import io.onewindow.BrowserTest;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The 一网通办 journeys in a real browser: online with 一次性告知 and acceptance; window intake across regions. */
class CaseworkJourneyBrowserTests extends BrowserTest {

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    private void uploadPdf(int index) throws Exception {
        Path pdf = Files.createTempFile("material", ".pdf");
        Files.write(pdf, CaseworkIntegrationTests.PDF);
        browser.findElement(By.id("file-" + index)).sendKeys(pdf.toString());
        clickAndLoad(browser.findElement(By.id("file-" + index)).findElement(By.xpath("./following-sibling::button")));
        expectSuccess();
    }

    @Test
    void citizenAppliesGetsOneNoticeCorrectsAndIsAccepted() throws Exception {
        String code = catalog.search(CatalogQuery.text("出生医学证明办理")).items().get(0).code();
        BrowserSupport.signIn(browser, port, "zhangsan");
        browser.get(url("/services/" + code));
        browser.findElement(By.id("apply")).click();
        browser.findElement(By.id("start")).click();
        BrowserSupport.waitFor(browser, By.id("case-form"));
        String caseUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("f-applicantName")).getAttribute("value")).isEqualTo("张三");
        type("f-babyName", "张小宝");
        setValue("f-birthDate", "2026-11-20");
        type("f-hospital", "乐山市妇幼保健院");
        clickAndLoad(browser.findElement(By.id("save")));
        expectSuccess();
        uploadPdf(1);
        clickAndLoad(browser.findElement(By.id("submit")));
        expectSuccess();
        assertThat(text("case-status")).isEqualTo("待受理");
        String number = text("case-number");

        BrowserSupport.signIn(browser, port, "approver.health");
        browser.get(caseUrl);
        browser.findElement(By.cssSelector("#decision input[name=items]")).click();
        type("other", "出生医院请填写全称");
        clickAndLoad(browser.findElement(By.id("request-correction")));
        expectSuccess();

        BrowserSupport.signIn(browser, port, "zhangsan");
        browser.get(caseUrl);
        assertThat(text("correction-notice")).contains("出生医院请填写全称");
        type("f-hospital", "乐山市妇幼保健院（乐山市市中区）");
        clickAndLoad(browser.findElement(By.id("submit")));
        expectSuccess();
        assertThat(text("case-status")).isEqualTo("待受理");

        BrowserSupport.signIn(browser, port, "approver.health");
        browser.get(caseUrl);
        clickAndLoad(browser.findElement(By.id("accept")));
        expectSuccess();

        BrowserSupport.signIn(browser, port, "zhangsan");
        browser.get(url("/my/cases"));
        browser.findElement(By.linkText(number)).click();
        BrowserSupport.waitFor(browser, By.id("clock"));
        assertThat(text("case-status")).isEqualTo("审批中");
        assertThat(text("clock-light")).isIn("正常", "黄灯");
        assertThat(Integer.parseInt(text("clock-remaining"))).isPositive();
        assertThat(text("timeline")).contains("一次性告知").contains("补正后重新提交").contains("受理");
    }

    @Test
    void aQianweiClerkTakesInACityItemThatArrivesAtTheCityDepartment() throws Exception {
        String creditCode = jdbc.sql("select credit_code from identity_enterprise where name = '乐山嘉州绿色硅材料有限公司'")
                .query(String.class).single();
        BrowserSupport.signIn(browser, port, "clerk.qianwei");
        browser.get(url("/window/intake?q=" + java.net.URLEncoder.encode("食品经营许可", "UTF-8")));
        type("idNumber", creditCode);
        browser.findElement(By.id("start-intake")).click();
        BrowserSupport.waitFor(browser, By.id("case-form"));
        assertThat(browser.findElement(By.id("f-creditCode")).getAttribute("value")).isEqualTo(creditCode);
        type("f-contact", "李娜");
        type("f-phone", "13912340000");
        type("f-premises", "乐山市市中区嘉州大道1号");
        new Select(browser.findElement(By.id("f-mainBusiness"))).selectByVisibleText("餐饮服务经营者");
        type("f-items", "热食类食品制售");
        clickAndLoad(browser.findElement(By.id("save")));
        expectSuccess();
        for (int i : new int[] {0, 3, 4}) {
            uploadPdf(i);
        }
        clickAndLoad(browser.findElement(By.id("submit")));
        expectSuccess();
        String number = text("case-number");
        assertThat(number).startsWith("511100-");
        assertThat(browser.getPageSource()).contains("犍为县政务服务中心").contains("乐山市市场监督管理局");

        BrowserSupport.signIn(browser, port, "approver");
        browser.get(url("/department/cases"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(number);
    }
}
