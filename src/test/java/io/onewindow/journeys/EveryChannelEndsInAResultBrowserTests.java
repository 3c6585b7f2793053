package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserSupport;
import io.onewindow.BrowserTest;
import io.onewindow.identity.NewCitizen;
import io.onewindow.identity.NewLogin;
import io.onewindow.identity.Registrations;
import io.onewindow.identity.synthetic.SyntheticIdentities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whole journeys as people make them, each ending in a result they can see: a family registers a birth from the
 * everyday question to 决定 and 出件; an enterprise whose case was taken at a county window follows and rates it
 * online. Every step is done by a demo account of the role the step waits for.
 */
class EveryChannelEndsInAResultBrowserTests extends BrowserTest {

    @Autowired
    Registrations registrations;

    private void upload(int index) throws Exception {
        Path pdf = Files.createTempFile("material", ".pdf");
        Files.write(pdf, io.onewindow.TestFiles.PDF);
        browser.findElement(By.id("file-" + index)).sendKeys(pdf.toString());
        clickAndLoad(browser.findElement(By.id("file-" + index)).findElement(By.xpath("./following-sibling::button")));
        expectSuccess();
    }

    private void work(String caseUrl, String who, String step, boolean decide) {
        signIn(who);
        browser.get(caseUrl);
        click("claim-" + step);
        if (decide) {
            click("decide");
        } else {
            type("opinion-" + step, "材料齐全，同意");
            click("pass-" + step);
        }
    }

    @Test
    void aFamilyRegistersABirthToTheDecisionAndCollectsIt() throws Exception {
        // a family of its own, so that no other test's draft is in the way
        registrations.registerCitizen(new NewCitizen("李明", SyntheticIdentities.residentId("511102", LocalDate.of(1992, 5, 1), 457),
                "13900000457"), new NewLogin("liming.family", "Liming2026ok"));
        BrowserSupport.signIn(browser, port, "liming.family", "Liming2026ok");
        browser.get(url("/"));
        type("header-q", "孩子出生了要办什么");
        browser.findElement(By.cssSelector("header form[role=search] button")).click();
        BrowserSupport.waitFor(browser, By.id("result-count"));
        browser.findElement(By.linkText("出生医学证明办理")).click();
        BrowserSupport.waitFor(browser, By.id("apply"));
        clickAndLoad(browser.findElement(By.id("apply")));
        clickAndLoad(browser.findElement(By.id("start")));
        BrowserSupport.waitFor(browser, By.id("case-form"));
        String caseUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("f-applicantName")).getAttribute("value")).isEqualTo("李明");
        assertThat(text("case-form")).contains("已自动带出，来自实名认证信息");
        type("f-babyName", "李小乐");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('f-birthDate').value = '2026-11-25'");
        type("f-hospital", "乐山市人民医院");
        clickAndLoad(browser.findElement(By.id("save")));
        expectSuccess();
        upload(1);
        clickAndLoad(browser.findElement(By.id("submit")));
        expectSuccess();
        String number = text("case-number");

        signIn("approver.health");
        browser.get(caseUrl);
        click("accept");
        work(caseUrl, "approver.health", "review", false);
        // the family sees who decides now, and since when
        BrowserSupport.signIn(browser, port, "liming.family", "Liming2026ok");
        browser.get(caseUrl);
        assertThat(text("holders")).contains("决定：乐山市卫生健康委员会 部门管理员，待认领");
        work(caseUrl, "head.wjw", "decide", true);
        assertThat(text("case-status")).isEqualTo("准予");

        signIn("clerk");
        browser.get(url("/window/delivery"));
        clickAndLoad(browser.findElement(By.xpath("//table[@id='ready']//tr[contains(., '" + number + "')]//button[.='当面领取']")));
        expectSuccess();

        BrowserSupport.signIn(browser, port, "liming.family", "Liming2026ok");
        browser.get(caseUrl);
        assertThat(text("case-status")).isEqualTo("准予");
        assertThat(text("delivery")).contains("已送达").contains("窗口领取");
    }

    @Test
    void anEnterpriseServedAtACountyWindowFollowsAndRatesItsCaseOnline() throws Exception {
        String creditCode = SyntheticIdentities.creditCode("91", "511100", 20230001L);
        signIn("clerk.qianwei");
        browser.get(url("/window/intake?q=" + java.net.URLEncoder.encode("户外广告设施设置审批", "UTF-8")));
        type("idNumber", creditCode);
        clickAndLoad(browser.findElement(By.id("start-intake")));
        BrowserSupport.waitFor(browser, By.id("case-form"));
        String caseUrl = browser.getCurrentUrl();
        type("f-contact", "李娜");
        type("f-phone", "13912340000");
        type("f-location", "乐山市市中区嘉州大道1号门头");
        type("f-size", "6×1.2");
        clickAndLoad(browser.findElement(By.id("save")));
        expectSuccess();
        upload(0);
        upload(2);
        clickAndLoad(browser.findElement(By.id("submit")));
        expectSuccess();
        String number = text("case-number");

        signIn("approver.szq.zjj");
        browser.get(caseUrl);
        click("accept");
        work(caseUrl, "approver.szq.zjj", "review", false);
        work(caseUrl, "head.szq.zjj", "decide", true);

        // the enterprise finds the window case among its own, follows it and rates it
        signIn("qiye");
        browser.get(url("/my/cases"));
        clickAndLoad(browser.findElement(By.linkText(number)));
        assertThat(text("case-status")).isEqualTo("准予");
        clickAndLoad(browser.findElement(By.id("rate-case")));
        browser.findElement(By.cssSelector("label:has(#case-level-5)")).click();
        clickAndLoad(browser.findElement(By.id("rate-submit")));
        expectSuccess();
        assertThat(text("rating-level")).isEqualTo("非常满意");
    }
}
