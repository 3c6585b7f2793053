package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserSupport;
import io.onewindow.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 零材料办 in Chromium: 张三 applies for 城乡居民基本医疗保险参保登记 handing in nothing — the ID card comes from his
 * electronic licences, the 户籍 from the 公安 provider — is decided at once, and then reads in 我的数据使用记录 who
 * queried his data and why. With the provider's system down, the same application asks him to upload, saying why.
 */
class ZeroMaterialBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    void apply() {
        browser.get(url("/services?q=" + java.net.URLEncoder.encode("城乡居民基本医疗保险参保登记", java.nio.charset.StandardCharsets.UTF_8)));
        BrowserSupport.waitFor(browser, By.id("result-count"));
        browser.findElement(By.linkText("城乡居民基本医疗保险参保登记")).click();
        BrowserSupport.waitFor(browser, By.id("guide-title"));
        browser.findElement(By.id("apply")).click();
        BrowserSupport.waitFor(browser, By.id("start"));
        clickAndLoad(browser.findElement(By.id("start")));
        BrowserSupport.waitFor(browser, By.id("case-form"));
        clickAndLoad(browser.findElement(By.id("submit")));
    }

    @Test
    void nothingToHandInTheQueriesAreShownAndAProviderDownAsksForTheUpload() {
        signIn("zhangsan");
        apply();
        expectSuccess();
        assertThat(text("case-status")).isEqualTo("准予");
        assertThat(browser.findElement(By.id("shared-1")).getText()).startsWith("已从乐山市公安局获取（查询 #");
        assertThat(browser.findElement(By.id("linked-0")).getText()).startsWith("已关联电子证照");

        browser.get(url("/workspace"));
        BrowserSupport.waitFor(browser, By.id("workspace-title"));
        clickAndLoad(browser.findElement(By.linkText("我的数据使用记录")));
        String uses = browser.findElement(By.id("data-use")).getText();
        assertThat(uses).contains("乐山市医疗保障局").contains("人口户籍信息（乐山市公安局）").contains("已获取")
                .contains("办理“城乡居民基本医疗保险参保登记”");

        // the 公安 system is down (nothing listens on its address): the same application asks for an upload
        jdbc.sql("update exchange_dataset set endpoint = 'http://127.0.0.1:9/hukou' where code = 'GA-HJXX'").update();
        try {
            apply();
            String alert = browser.findElement(By.cssSelector("p.flash[role=alert]")).getText();
            assertThat(alert).contains("“户籍信息”未能从乐山市公安局获取").contains("系统暂时无法访问").contains("请上传该材料");
            assertThat(browser.findElement(By.id("shared-1")).getText()).startsWith("未能获取：");
            assertThat(browser.findElements(By.id("file-1"))).as("the upload the message asks for").hasSize(1);
        } finally {
            jdbc.sql("update exchange_dataset set endpoint = null where code = 'GA-HJXX'").update();
        }

        // the supervisor sees these queries among the volumes, drawn by dataset and result
        signIn("supervisor");
        browser.get(url("/exchange"));
        BrowserSupport.waitFor(browser, By.cssSelector("#volumes-chart canvas"));
        assertThat(browser.findElement(By.id("volumes")).getText()).contains("人口户籍信息").contains("提供方不可用");
    }
}
