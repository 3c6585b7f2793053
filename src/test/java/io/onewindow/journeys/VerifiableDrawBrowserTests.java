package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserSupport;
import io.onewindow.BrowserTest;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Sm3;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 双随机、一公开 in Chromium: 市场监管's administrator publishes a plan and the seed's hash is public before the
 * draw; the draw shows the list and the seed; a visitor who is not signed in re-runs it and gets the same list; the
 * inspector drawn records a finding with a photo and a 首违不罚 decision; the result is on the public page and the
 * enterprise's credit tier explanation now rests on it.
 */
class VerifiableDrawBrowserTests extends BrowserTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    JdbcClient jdbc;


    @Test
    void publishDrawRerunRecordAndSeeTheTierExplained() throws Exception {
        String qiye = jdbc.sql("select credit_code from identity_enterprise where name = '乐山嘉州绿色硅材料有限公司'")
                .query(String.class).single();
        // declared conflicts: two of the four 企业公示 officers may not inspect it, so 吴海涛 (inspector) will
        jdbc.sql("update inspection_inspector set conflicts = ? where id in ('51110023000105', '51110023000106')").param(qiye).update();
        try {
            journey(qiye);
        } finally {
            jdbc.sql("update inspection_inspector set conflicts = '' where id in ('51110023000105', '51110023000106')").update();
        }
    }

    private void journey(String qiye) throws Exception {
        signIn("qiye");
        browser.get(url("/my/credit-tier"));
        String before = text("tier-explanation");

        signIn("deptadmin");
        browser.get(url("/inspection/plans"));
        type("name", "企业年报公示情况抽查");
        browser.findElement(By.id("item-3")).click();
        for (String tier : new String[] {"A", "B", "C", "D"}) {
            type("ratio" + tier, "100");
        }
        click("commit");
        String hash = text("seed-hash");
        assertThat(hash).hasSize(64);
        assertThat(text("seed")).isEqualTo("抽取后公开");
        String code = text("plan-code");

        browser.get(url("/inspection/plans"));
        click("draw-" + code);
        String seed = text("seed");
        assertThat(Sm3.hex(seed)).as("the seed revealed is the one whose hash was public before").isEqualTo(hash);
        assertThat(text("visits")).contains(qiye);

        // a visitor, not signed in, re-runs it
        browser.manage().deleteAllCookies();
        browser.get(url("/inspection/public/" + code));
        clickAndLoad(browser.findElement(By.id("rerun")));
        assertThat(text("rerun-result")).startsWith("一致：重新计算得到相同的");

        signIn("inspector");
        browser.get(url("/inspection/tasks"));
        var visit = jdbc.sql("""
                select v.plan_id, v.ordinal from inspection_visit v join inspection_plan p on p.id = v.plan_id
                where p.code = ? and v.credit_code = ?""").params(code, qiye).query().singleRow();
        clickAndLoad(browser.findElement(By.id("task-" + visit.get("plan_id") + "-" + visit.get("ordinal"))));
        setDate("inspectedOn", ChinaTime.today().toString());
        browser.findElement(By.id("outcome-RECTIFY")).click();
        type("findings", "企业未按时公示 2025 年度报告，检查时已当场补报");
        int notPunished = jdbc.sql("select id from inspection_penalty_entry where list = 'NOT' and field = '企业公示'")
                .query(Integer.class).single();
        browser.findElement(By.id("entry-" + notPunished)).click();
        type("entryReason", "首次违法，在责令期限内改正，未造成危害后果（首违不罚）");
        setDate("reinspectBy", ChinaTime.today().plusDays(10).toString());
        Path photo = Files.createTempFile("site", ".png");
        Files.write(photo, PNG);
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        browser.findElement(By.id("ack-signed")).click();
        click("save-result");
        assertThat(text("recorded")).contains("发现问题，已责令改正").contains("不予处罚清单");

        browser.manage().deleteAllCookies();
        browser.get(url("/inspection/public/" + code));
        BrowserSupport.waitFor(browser, By.id("visits"));
        assertThat(text("visits")).contains("发现问题，已责令改正").contains("适用不予处罚清单");

        signIn("qiye");
        browser.get(url("/my/credit-tier"));
        assertThat(text("tier-explanation")).isNotEqualTo(before).contains("适用不予处罚清单");
    }
}
