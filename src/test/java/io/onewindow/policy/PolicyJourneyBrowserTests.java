package io.onewindow.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserSupport;
import io.onewindow.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An admin drafts a 免申即享 policy, runs 试算 over every enterprise, publishes; the demo enterprise sees why it
 * qualifies, the small restaurant why it does not; the department confirms the payout list and the first
 * enterprise finds the payout on its 可享政策 page without having applied.
 */
class PolicyJourneyBrowserTests extends BrowserTest {

    private static final String TITLE = "制造业中型企业技术改造奖励";

    private WebElement offer(String title) {
        List<WebElement> offers = browser.findElements(By.cssSelector("section.offer"));
        return offers.stream().filter(o -> o.findElement(By.tagName("h2")).getText().startsWith(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no offer " + title));
    }

    @Test
    void aPolicyIsDraftedTriedPublishedExplainedAndPaidWithoutAnApplication() {
        signIn("deptadmin");
        browser.get(url("/admin/policies"));
        type("code", "JG-ZX-01");
        type("title", TITLE);
        type("issuer", "乐山市经济和信息化局");
        type("docNumber", "乐经信发〔2023〕40号");
        setDate("validFrom", "2023-01-01");
        setDate("validTo", "2027-12-31");
        type("summary", "对成立五年以上的制造业中型企业给予技术改造奖励");
        type("ruleJson", "{\"all\": [{\"fact\": \"INDUSTRY\", \"op\": \"PREFIX\", \"value\": [\"C\"]},"
                + " {\"fact\": \"SIZE_CLASS\", \"op\": \"IN\", \"value\": [\"MEDIUM\"]},"
                + " {\"fact\": \"YEARS_SINCE_REGISTRATION\", \"op\": \"GE\", \"value\": 5}]}");
        type("benefitJson", "{\"type\": \"FIXED\", \"amount\": 30000}");
        browser.findElement(By.id("automatic")).click();
        click("draft-submit");

        // 试算 over every enterprise, with the charts drawn
        clickAndLoad(browser.findElement(By.id("what-if")));
        long eligible = Long.parseLong(text("eligible"));
        assertThat(eligible).isPositive();
        assertThat(text("cost")).isEqualTo(String.valueOf(eligible * 30000) + ".00");
        assertThat(text("by-size")).contains("中型：" + eligible + " 户");
        BrowserSupport.waitFor(browser, By.cssSelector(".what-if-chart canvas"));

        click("publish");
        assertThat(text("policy-status")).isEqualTo("已发布");

        // the demo enterprise qualifies and is told why
        signIn("qiye");
        browser.get(url("/my/policies"));
        WebElement mine = offer(TITLE);
        assertThat(mine.getText()).contains("符合").contains("✓ 行业 C3985（制造业）属于 C 制造业").contains("✓ 企业规模 中型 属于 中型")
                .contains("免申即享，无需申请");

        // the small restaurant does not, and sees each reason
        signIn("xiaodian");
        browser.get(url("/my/policies"));
        WebElement theirs = offer(TITLE);
        assertThat(theirs.getText()).contains("暂不符合").contains("✗ 行业 H6210（住宿和餐饮业）不属于 C 制造业")
                .contains("✗ 企业规模 微型 不属于 中型").contains("✗ 成立年限 2年 < 5年");

        // the department confirms the generated list once
        signIn("deptadmin");
        browser.get(url("/admin/policies"));
        clickAndLoad(browser.findElement(By.linkText(TITLE)));
        clickAndLoad(browser.findElement(By.id("batch")));
        assertThat(text("candidate-list")).contains("乐山嘉州绿色硅材料有限公司");
        assertThat(text("candidates")).isEqualTo(String.valueOf(eligible));
        type("voucher", "GK2026-1128");
        click("confirm-batch");
        assertThat(text("confirmed")).contains(String.valueOf(eligible));

        // and the first enterprise is told it has been paid, without having applied
        signIn("qiye");
        browser.get(url("/my/policies"));
        assertThat(text("payouts")).contains(TITLE).contains("30000.00 元").contains("已兑现")
                .contains("支付凭证 GK2026-1128-");

        // the self-registered small restaurant was not paid, and is told what would change that
        signIn("xiaodian");
        browser.get(url("/my/policies"));
        assertThat(browser.findElements(By.id("payouts"))).isEmpty();
        assertThat(text("unverified")).contains("本企业注册信息尚未核验").contains("综合窗口");
    }
}
