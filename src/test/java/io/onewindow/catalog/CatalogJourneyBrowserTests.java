package io.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserSupport;
import io.onewindow.BrowserTest;
import io.onewindow.workflow.StandardProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A department admin drafts an item with a BPMN file in the browser, the city's 政务服务 admin publishes it,
 * and a visitor finds it by search and sees its guide with the flowchart.
 */
class CatalogJourneyBrowserTests extends BrowserTest {

    @Test
    void draftPublishFindAndRead() throws Exception {
        Path bpmn = Files.createTempFile("process", ".bpmn");
        Files.writeString(bpmn, StandardProcesses.bpmn(StandardProcesses.Shape.MULTI_STEP, "p_browser_journey",
                "小型餐饮店登记", "511100-SCJGJ", List.of()));

        BrowserSupport.signIn(browser, port, "deptadmin");
        browser.get(url("/catalog/manage"));
        type("name", "小型餐饮店登记");
        new Select(browser.findElement(By.id("type"))).selectByVisibleText("行政确认");
        new Select(browser.findElement(By.id("audience"))).selectByVisibleText("法人");
        browser.findElement(By.cssSelector("form[action$='/catalog/manage/items'] button")).click();
        BrowserSupport.waitFor(browser, By.id("guide-form"));
        String code = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);

        type("keywords", "小餐馆登记，夫妻店");
        type("legalBasis", "《四川省食品小作坊、小经营店及摊贩管理条例》");
        type("conditions", "从业人员不超过10人的小型餐饮店");
        type("materials", "登记申请表 | 电子件 | 1 | 必需 | 申请人提交\n营业执照 | 电子件 | 1 | 必需 | 电子证照：营业执照");
        type("statutoryDays", "10");
        type("promisedDays", "3");
        type("result", "小经营店登记证");
        type("location", "乐山市政务服务中心");
        type("hours", "工作日 9:00-17:00");
        type("enquiryPhone", "12345");
        type("supervisor", "乐山市市场监督管理局");
        type("formFields", "entName | 主体名称 | 文本 | 必填 | | enterprise.name");
        browser.findElement(By.id("bpmnFile")).sendKeys(bpmn.toString());
        clickAndLoad(browser.findElement(By.id("save-draft")));
        BrowserSupport.waitFor(browser, By.cssSelector(".flash.ok"));
        clickAndLoad(browser.findElement(By.id("submit-review")));
        BrowserSupport.waitFor(browser, By.cssSelector(".flash.ok"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待审核");

        BrowserSupport.signIn(browser, port, "zwadmin");
        browser.get(url("/catalog/manage"));
        browser.findElement(By.linkText("小型餐饮店登记")).click();
        BrowserSupport.waitFor(browser, By.id("publish"));
        clickAndLoad(browser.findElement(By.id("publish")));
        BrowserSupport.waitFor(browser, By.cssSelector(".flash.ok"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已发布");

        browser.manage().deleteAllCookies();
        browser.get(url("/services"));
        type("q", "夫妻店");
        browser.findElement(By.cssSelector("main form[role=search] button")).click();
        BrowserSupport.waitFor(browser, By.id("result-count"));
        browser.findElement(By.linkText("小型餐饮店登记")).click();
        BrowserSupport.waitFor(browser, By.id("guide-title"));
        assertThat(browser.getCurrentUrl()).endsWith("/services/" + code);
        assertThat(browser.findElement(By.id("materials")).getText()).contains("登记申请表").contains("电子证照：营业执照");
        WebElement chart = browser.findElement(By.cssSelector(".flowchart svg"));
        assertThat(chart.getAttribute("aria-labelledby")).isEqualTo("flow-title");
        assertThat(browser.findElement(By.cssSelector(".flowchart")).getText()).contains("现场勘查").contains("退回审查");
    }
}
