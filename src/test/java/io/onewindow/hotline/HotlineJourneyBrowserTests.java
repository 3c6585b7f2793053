package io.onewindow.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A call with no knowledge-base answer → 派单 to 市场监督管理局 → 签收, 延期, 回复 → 回访 不满意 → 重办 → 回复 → 回访 满意 →
 * 已办结, and the month's figures count it.
 */
class HotlineJourneyBrowserTests extends BrowserTest {

    private long dispatchedToMarketRegulation() {
        browser.get(url("/hotline/figures"));
        return browser.findElements(By.cssSelector("#unit-figures tbody tr")).stream()
                .filter(r -> r.getText().startsWith("乐山市市场监督管理局"))
                .map(r -> Long.parseLong(r.findElement(By.className("dispatched")).getText())).findFirst().orElse(0L);
    }

    private void unitSignsAndReplies(String number, String reply, boolean askForDelay) {
        signIn("approver");
        browser.get(url("/department/hotline"));
        clickAndLoad(browser.findElement(By.linkText(number)));
        click("sign-submit");
        if (askForDelay) {
            type("days", "3");
            type("extension-text", "需调取商场监控并约谈经营者");
            click("extension-submit");
        }
        type("text", reply);
        click("reply-submit");
    }

    @Test
    void aComplaintIsDispatchedDelayedRepliedReopenedAndClosed() {
        signIn("hotline");
        long before = dispatchedToMarketRegulation();

        browser.get(url("/hotline"));
        type("q", "商场预付卡老板跑路退不了钱");
        clickAndLoad(browser.findElement(By.id("kb-search")));
        assertThat(browser.findElements(By.id("kb-none"))).isNotEmpty();
        new Select(browser.findElement(By.id("type"))).selectByVisibleText("投诉");
        new Select(browser.findElement(By.id("categoryCode"))).selectByValue("SCJG-XF");
        type("callerName", "周建华");
        type("callerPhone", "13881234567");
        type("content", "万达广场某健身房预付卡 3000 元，门店突然关门，联系不上老板");
        new Select(browser.findElement(By.id("regionId"))).selectByValue("511102");
        type("address", "市中区万达广场三楼");
        click("intake-submit");
        String number = text("order-number");
        new Select(browser.findElement(By.id("unitId"))).selectByValue("511100-SCJGJ");
        click("dispatch-submit");
        assertThat(text("lead-unit")).isEqualTo("乐山市市场监督管理局");
        String orderUrl = browser.getCurrentUrl();

        unitSignsAndReplies(number, "已立案调查，督促经营者办理退费", true);

        signIn("hotline");
        browser.get(orderUrl);
        assertThat(text("reply")).contains("立案调查");
        browser.findElement(By.id("cb-unsatisfied")).click();
        type("callback-text", "至今未退费");
        click("callback-submit");
        assertThat(text("order-status")).isEqualTo("待签收");

        unitSignsAndReplies(number, "经营者已于本周全额退费 3000 元", false);

        signIn("hotline");
        browser.get(orderUrl);
        browser.findElement(By.id("cb-satisfied")).click();
        click("callback-submit");
        assertThat(text("order-status")).isEqualTo("已办结");
        assertThat(text("callback")).isEqualTo("满意");
        assertThat(text("events")).contains("申请延期").contains("重办").contains("回访：满意");

        assertThat(dispatchedToMarketRegulation()).isEqualTo(before + 1);
    }
}
