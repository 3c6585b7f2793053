package io.onewindow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserTest;
import io.onewindow.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 水电气联合报装 in Chromium: an enterprise applies once — one form, the 报装申请表 uploaded once for the three
 * utilities — and the water, power and gas companies each act through their own accounts, at the same time.
 */
class UtilitiesBundleBrowserTests extends BrowserTest {


    private void fillIfEmpty(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        if (field.getAttribute("value").isBlank()) {
            type(id, value);
        }
    }

    @Test
    void oneApplicationThreeUtilitiesEachActingOnItsOwn() throws Exception {
        signIn("qiye");
        browser.get(url("/bundles/YJS-SDQ"));
        assertThat(text("reduction-materials")).startsWith("材料 ");
        browser.findElement(By.id("include-2")).click(); // 需要使用管道燃气
        clickAndLoad(browser.findElement(By.id("apply")));
        expectSuccess();
        fillIfEmpty("f-contact", "李娜");
        fillIfEmpty("f-phone", "13912340000");
        type("f-site", "乐山市市中区嘉州大道1号");
        new Select(browser.findElement(By.id("f-waterDiameter"))).selectByVisibleText("DN25");
        type("f-powerCapacity", "80");
        type("f-gasUse", "300");
        click("save");

        Path pdf = Files.createTempFile("form", ".pdf");
        Files.write(pdf, TestFiles.PDF);
        WebElement upload = browser.findElement(By.cssSelector("input[type=file]"));
        upload.sendKeys(pdf.toString());
        clickAndLoad(upload.findElement(By.xpath("./following-sibling::button")));
        expectSuccess();
        assertThat(browser.findElement(By.cssSelector("p.flash[role=status]")).getText())
                .isEqualTo("“水电气联合报装申请表”已上传，用于 3 个事项");
        click("submit");
        String bundlePage = browser.getCurrentUrl();
        String[] cases = new String[3];
        for (int i = 0; i < 3; i++) {
            assertThat(text("member-" + i)).contains("待受理");
            cases[i] = browser.findElement(By.cssSelector("#member-" + i + " a")).getAttribute("href");
        }
        assertThat(browser.findElements(By.id("member-3"))).as("排水许可 was not chosen").isEmpty();

        decideOnPage(cases[1], "approver.power", "head.power");
        decideOnPage(cases[2], "approver.gas", "head.gas");
        decideOnPage(cases[0], "approver.water", "head.water");

        signIn("qiye");
        String path = bundlePage.substring(bundlePage.indexOf("/bundle-cases/"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            browser.get(url(path));
            return text("bundle-status").contains("已办结");
        });
        assertThat(text("members")).contains("乐山市自来水有限责任公司").contains("国网四川省电力公司乐山供电公司")
                .contains("乐山市燃气有限责任公司");
    }
}
