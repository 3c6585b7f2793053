package io.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserSupport;
import io.onewindow.BrowserTest;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** 受理 → 审查 → 现场勘查 → 审核 (returned to 审查 once) → 决定 准予 → ready at the 出件 window → decision downloaded. */
class ApprovalJourneyBrowserTests extends BrowserTest {

    @Autowired
    Catalog catalog;

    private void pass(String caseUrl, String who, String activity, String opinion) {
        signIn(who);
        browser.get(caseUrl);
        click("claim-" + activity);
        type("opinion-" + activity, opinion);
        click("pass-" + activity);
    }

    @Test
    void fromAcceptanceThroughAReturnToDecisionAndDelivery() throws Exception {
        String code = catalog.search(CatalogQuery.text("食品经营许可")).items().get(0).code();
        signIn("qiye");
        browser.get(url("/services/" + code));
        browser.findElement(By.id("apply")).click();
        browser.findElement(By.id("start")).click();
        BrowserSupport.waitFor(browser, By.id("case-form"));
        String caseUrl = browser.getCurrentUrl();
        type("f-contact", "李娜");
        type("f-phone", "13912340000");
        type("f-premises", "乐山市市中区嘉州大道1号");
        new Select(browser.findElement(By.id("f-mainBusiness"))).selectByVisibleText("餐饮服务经营者");
        type("f-items", "热食类食品制售");
        click("save");
        Path pdf = Files.createTempFile("material", ".pdf");
        Files.write(pdf, CaseworkIntegrationTests.PDF);
        for (int i : new int[] {0, 3, 4}) {
            browser.findElement(By.id("file-" + i)).sendKeys(pdf.toString());
            clickAndLoad(browser.findElement(By.id("file-" + i)).findElement(By.xpath("./following-sibling::button")));
            expectSuccess();
        }
        click("submit");
        String number = text("case-number");

        signIn("approver");
        browser.get(caseUrl);
        click("accept");
        browser.get(caseUrl);
        assertThat(text("case-status")).isEqualTo("审批中");
        pass(caseUrl, "approver", "review", "材料齐全");
        pass(caseUrl, "approver", "inspect", "现场符合要求");

        signIn("deptadmin");
        browser.get(caseUrl);
        click("claim-audit");
        new Select(browser.findElement(By.id("return-to-audit"))).selectByVisibleText("审查");
        type("return-reason-audit", "请核实经营场所面积");
        click("return-audit");

        signIn("approver");
        browser.get(url("/workbench"));
        assertThat(browser.findElement(By.id("work")).getText()).contains(number).contains("被退回");
        browser.get(caseUrl);
        assertThat(text("tasks")).contains("退回理由：请核实经营场所面积");
        pass(caseUrl, "approver", "review", "面积已核实");
        pass(caseUrl, "approver", "inspect", "复核无误");
        pass(caseUrl, "deptadmin", "audit", "同意");
        browser.get(caseUrl);
        click("claim-decide");
        click("decide");
        assertThat(text("case-status")).isEqualTo("准予");

        signIn("clerk");
        browser.get(url("/window/delivery"));
        assertThat(browser.findElement(By.id("ready")).getText()).contains(number);

        signIn("qiye");
        browser.get(caseUrl);
        assertThat(text("delivery")).contains("待出件");
        String href = browser.findElement(By.id("decision-pdf")).getAttribute("href");
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> decision = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(decision.statusCode()).isEqualTo(200);
        assertThat(new String(decision.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(text("timeline")).contains("审核 退回至 审查").contains("决定：准予");
    }
}
