package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserSupport;
import io.onewindow.BrowserTest;
import io.onewindow.TestFiles;
import io.onewindow.workflow.StandardProcesses;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.core.io.ClassPathResource;

/**
 * 督办 in Chromium, as the done-when of the plan's own method reads: the city office loads the 2023 plan from its
 * file; 市市场监督管理局 claims “双随机、一公开” and reports progress with a file; the overdue milestone gets a
 * 督办单 that the unit answers; and the 秒批 target on the dashboard moves when a new 秒批 item is published —
 * nobody types the number.
 */
class ReformBrowserTests extends BrowserTest {

    @Test
    void thePlanLivesFromLoadingToAnAnsweredNoticeAndAMeasuredTarget() throws Exception {
        Path plan = Files.createTempFile("plan-2023", ".yaml");
        Files.write(plan, new ClassPathResource("reform/plan-2023.yaml").getInputStream().readAllBytes());
        signIn("supervisor");
        browser.get(url("/reform"));
        browser.findElement(By.id("plan-file")).sendKeys(plan.toString());
        click("load");
        assertThat(browser.getCurrentUrl()).endsWith("/reform/LS-FGF-2023");
        assertThat(text("chapters")).contains("大力开展营商环境提升行动").contains("协同推进成渝地区双城经济圈");
        BigDecimal instantBefore = value("target-9.1-0");

        // 市场监管局 claims 双随机、一公开 from its own task list
        signIn("deptadmin");
        browser.get(url("/reform/unit"));
        clickAndLoad(browser.findElement(By.cssSelector("#mine-17\\.1 a")));
        type("responsible", "赵志强（副局长）");
        type("contact", "0833-2419000");
        type("steps", "一、起草细则并征求成员单位意见；二、编制年度抽查计划并在平台发布");
        click("claim");

        signIn("supervisor");
        browser.get(url("/reform/LS-FGF-2023/measures/17.1"));
        click("confirm-511100-SCJGJ");
        assertThat(text("claims")).contains("赵志强（副局长）").contains("已确认");

        // and reports its progress with the draft rules as evidence
        signIn("deptadmin");
        browser.get(url("/reform/LS-FGF-2023/measures/17.1"));
        new Select(browser.findElement(By.id("report-status"))).selectByValue("AT_RISK");
        type("report-percent", "60");
        type("narrative", "细则已起草，正在征求公安、卫健、应急等成员单位意见；年度抽查计划已在平台发布一期");
        Path evidence = Files.createTempFile("细则征求意见稿", ".pdf");
        Files.write(evidence, TestFiles.PDF);
        browser.findElement(By.id("evidence")).sendKeys(evidence.toString());
        click("send-report");
        assertThat(text("reports")).contains("存在风险").contains("60%");
        assertThat(browser.findElements(By.cssSelector("#reports a.evidence"))).isNotEmpty();

        // the milestone is long overdue: the office sends a 督办单 …
        signIn("supervisor");
        browser.get(url("/reform/LS-FGF-2023/measures/17.1"));
        assertThat(text("milestone-0")).contains("超期");
        type("note-0", "请于答复中明确细则印发时间");
        clickAndLoad(browser.findElement(By.id("issue-0")));
        expectSuccess();
        String flash = browser.findElement(By.cssSelector("p.flash[role=status]")).getText();
        String number = flash.substring(flash.indexOf("DB"));

        // … which reaches the unit and is answered there
        signIn("deptadmin");
        browser.get(url("/reform/unit"));
        assertThat(text("open-notice-" + number)).contains("制发《乐山市市场监管领域部门联合");
        browser.get(url("/reform/LS-FGF-2023/measures/17.1"));
        type("answer-" + number, "细则已完成征求意见，12月15日前以市市场监管局名义印发");
        click("answer-button-" + number);
        assertThat(text("notice-" + number)).contains("已答复").contains("12月15日前");

        // a department publishes a new 秒批 item; the dashboard counts it without anyone typing
        publishInstantItem();
        signIn("supervisor");
        browser.get(url("/reform/LS-FGF-2023"));
        assertThat(value("target-9.1-0")).isEqualByComparingTo(instantBefore.add(BigDecimal.ONE));
        browser.get(url("/reform/LS-FGF-2023/measures/9.1"));
        assertThat(text("target-0")).contains("平台实时计算").contains("catalog_current");
    }

    @Test
    void theCityPublishesItsProgressAndAnObserverCommentsOnIt() throws Exception {
        signIn("supervisor");
        browser.get(url("/reform"));
        if (browser.findElements(By.linkText("乐山市深化“放管服”改革优化营商环境2023年工作要点")).isEmpty()) {
            click("load-demo");
        }
        browser.get(url("/reform/LS-FGF-2023"));
        if (text("toggle-public").contains("向社会公开")) {
            click("toggle-public");
        }
        browser.get(url("/reform/observers"));
        type("observer-id", io.onewindow.identity.synthetic.SyntheticIdentities.residentId("511102",
                java.time.LocalDate.of(1990, 3, 15), 123)); // the demo's 张三
        type("observer-title", "个体工商户代表");
        click("appoint");

        browser.manage().deleteAllCookies();
        browser.get(url("/reform/public"));
        clickAndLoad(browser.findElement(By.linkText("乐山市深化“放管服”改革优化营商环境2023年工作要点")));
        assertThat(text("public-chapters")).contains("纵深推进“一网通办”");
        assertThat(browser.findElements(By.id("comment-form"))).isEmpty();

        signIn("zhangsan");
        browser.get(url("/reform/public/LS-FGF-2023"));
        new Select(browser.findElement(By.id("comment-measure"))).selectByValue("9.7");
        String comment = "建议把开办民宿纳入“一件事” " + System.nanoTime();
        type("comment-body", comment);
        click("send-comment");

        signIn("supervisor");
        browser.get(url("/reform/observers"));
        String id = browser.findElements(By.cssSelector("[id^=comment-]")).stream().filter(e -> e.getText().contains(comment))
                .findFirst().orElseThrow().getAttribute("id").substring("comment-".length());
        click("publish-" + id);
        browser.manage().deleteAllCookies();
        browser.get(url("/reform/public/LS-FGF-2023"));
        assertThat(text("comments")).contains(comment).contains("特邀监督员 张*（个体工商户代表）");
    }

    /** The figure in a dashboard target row. */
    private BigDecimal value(String rowId) {
        String shown = browser.findElement(By.id(rowId)).findElement(By.className("value")).getText();
        return new BigDecimal(shown.split(" ")[0]);
    }

    private void publishInstantItem() throws Exception {
        Path bpmn = Files.createTempFile("instant", ".bpmn");
        Files.writeString(bpmn, StandardProcesses.bpmn(StandardProcesses.Shape.INSTANT, "p_reform_journey_" + System.nanoTime(),
                "食品经营许可证遗失补领", "511100-SCJGJ", List.of()));
        BrowserSupport.signIn(browser, port, "deptadmin");
        browser.get(url("/catalog/manage"));
        type("name", "食品经营许可证遗失补领");
        new Select(browser.findElement(By.id("type"))).selectByVisibleText("行政许可");
        new Select(browser.findElement(By.id("audience"))).selectByVisibleText("法人");
        browser.findElement(By.cssSelector("form[action$='/catalog/manage/items'] button")).click();
        BrowserSupport.waitFor(browser, By.id("guide-form"));
        type("keywords", "许可证丢了，补办许可证");
        type("legalBasis", "《食品经营许可和备案管理办法》第三十八条");
        type("conditions", "食品经营许可证遗失的食品经营者");
        type("materials", "营业执照 | 电子件 | 1 | 必需 | 电子证照：营业执照");
        type("statutoryDays", "10");
        type("promisedDays", "0");
        type("result", "食品经营许可证");
        type("location", "乐山市政务服务中心");
        type("hours", "工作日 9:00-17:00");
        type("enquiryPhone", "12345");
        type("supervisor", "乐山市市场监督管理局");
        type("formFields", "entName | 主体名称 | 文本 | 必填 | | enterprise.name");
        browser.findElement(By.cssSelector("input[name=flags][value=INSTANT_APPROVAL]")).click();
        browser.findElement(By.id("bpmnFile")).sendKeys(bpmn.toString());
        clickAndLoad(browser.findElement(By.id("save-draft")));
        expectSuccess();
        clickAndLoad(browser.findElement(By.id("submit-review")));
        expectSuccess();
        BrowserSupport.signIn(browser, port, "zwadmin");
        browser.get(url("/catalog/manage"));
        browser.findElement(By.linkText("食品经营许可证遗失补领")).click();
        BrowserSupport.waitFor(browser, By.id("publish"));
        clickAndLoad(browser.findElement(By.id("publish")));
        expectSuccess();
    }
}
