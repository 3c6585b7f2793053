package io.onewindow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserSupport;
import io.onewindow.BrowserTest;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** 秒批 case → applicant rates 不满意 → 人社局 核实, 整改, 反馈 → applicant rates the fix → the public page counts it. */
class EvaluationJourneyBrowserTests extends BrowserTest {

    @Autowired
    Catalog catalog;

    @Autowired
    Evaluations evaluations;

    private long publicFigure(String id) {
        browser.get(url("/evaluation/public"));
        return Long.parseLong(text(id));
    }

    @Test
    void aBadRatingIsFixedWithinTheLimitAndShownPublicly() {
        long badBefore = publicFigure("total-bad");
        long onTimeBefore = publicFigure("total-on-time");

        String code = catalog.search(CatalogQuery.text("城乡居民基本养老保险参保登记")).items().get(0).code();
        signIn("zhangsan");
        browser.get(url("/services/" + code));
        browser.findElement(By.id("apply")).click();
        browser.findElement(By.id("start")).click();
        BrowserSupport.waitFor(browser, By.id("case-form"));
        new Select(browser.findElement(By.id("f-grade"))).selectByVisibleText("300");
        browser.findElement(By.id("submit")).click();
        BrowserSupport.waitFor(browser, By.id("rate-case"));
        String caseUrl = browser.getCurrentUrl();

        browser.findElement(By.id("rate-case")).click();
        BrowserSupport.waitFor(browser, By.id("rate-form"));
        browser.findElement(By.cssSelector("label:has(#case-level-2)")).click();
        browser.findElement(By.cssSelector("input[name=tags][value=多次跑腿]")).click();
        type("comment", "窗口说还要交户口本，网上指南没有写");
        clickAndLoad(browser.findElement(By.id("rate-submit")));
        expectSuccess();
        assertThat(text("rating-level")).isEqualTo("不满意");
        assertThat(text("ticket-status")).isEqualTo("待核实");

        signIn("approver.hr");
        browser.get(url("/department/evaluation"));
        browser.findElement(By.xpath("//table[@id='tickets']//tr[contains(., '户口本')]//a[@class='ticket-link']")).click();
        BrowserSupport.waitFor(browser, By.id("due-on"));
        assertThat(text("rater")).startsWith("张*");
        for (String step : new String[] {"已电话回访，确认窗口多要了户口本", "户籍信息改为部门共享，窗口不再收取", "已整改，户籍信息不再需要提交"}) {
            type("text", step);
            clickAndLoad(browser.findElement(By.id("step-submit")));
            expectSuccess();
        }
        assertThat(text("ticket-status")).isEqualTo("待回访");

        signIn("zhangsan");
        browser.get(caseUrl);
        browser.findElement(By.id("rate-case")).click();
        BrowserSupport.waitFor(browser, By.id("revisit-form"));
        assertThat(text("ticket-reply")).contains("户籍信息不再需要提交");
        browser.findElement(By.cssSelector("label:has(#revisit-level-4)")).click();
        clickAndLoad(browser.findElement(By.id("revisit-submit")));
        expectSuccess();
        assertThat(text("ticket-status")).isEqualTo("已办结");
        assertThat(text("revisit-level")).isEqualTo("满意");

        assertThat(publicFigure("total-bad")).isEqualTo(badBefore + 1);
        assertThat(publicFigure("total-on-time")).isEqualTo(onTimeBefore + 1);
        assertThat(browser.findElement(By.id("by-department")).getText()).contains("乐山市人力资源和社会保障局");
        assertThat(evaluations.figures().total().bad()).isEqualTo(badBefore + 1);
    }
}
