package io.onewindow.license;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.onewindow.BrowserSupport;
import io.onewindow.BrowserTest;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** A 秒批 case yields a licence in the wallet; its QR verifies on the public page; after 注销 it shows 已注销. */
class LicenseJourneyBrowserTests extends BrowserTest {

    @Autowired
    Catalog catalog;

    private String decodeQr(String href) throws Exception {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        byte[] png = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    private String verify(String token) {
        browser.manage().deleteAllCookies();
        browser.get(url("/verify"));
        type("token", token);
        browser.findElement(By.id("verify")).click();
        BrowserSupport.waitFor(browser, By.id("verification-status"));
        return text("verification-status");
    }

    @Test
    void approvedCaseLicenceQrVerifiesUntilRevoked() throws Exception {
        String code = catalog.search(CatalogQuery.text("社会保障卡申领")).items().get(0).code();
        signIn("zhangsan");
        browser.get(url("/apply/" + code));
        // 张三 already holds a valid 社会保障卡: applying again is a 补发, and the old card is replaced, never doubled
        assertThat(text("reissue")).contains("您已持有有效的“社会保障卡”");
        browser.findElement(By.cssSelector("input[name=reissue][value=补发]")).click();
        browser.findElement(By.id("start")).click();
        BrowserSupport.waitFor(browser, By.id("case-form"));
        new Select(browser.findElement(By.id("f-bank"))).selectByVisibleText("乐山市商业银行");
        clickAndLoad(browser.findElement(By.id("submit")));
        BrowserSupport.waitFor(browser, By.cssSelector("p.flash[role=status]"));
        assertThat(text("case-status")).isEqualTo("准予");
        String number = text("case-number");

        // the licence is issued just after the approval commits
        WebElement card = org.awaitility.Awaitility.await("the licence in the wallet").atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(200)).ignoreExceptions().until(() -> {
                    browser.get(url("/wallet"));
                    return browser.findElements(By.cssSelector("section.license")).stream()
                            .filter(c -> c.getText().contains(number)).findFirst().orElse(null);
                }, java.util.Objects::nonNull);
        assertThat(card).as("licence of case %s in the wallet", number).isNotNull();
        assertThat(card.getText()).contains("社会保障卡").contains("有效");
        card.findElement(By.tagName("summary")).click();
        String licenceNumber = card.findElement(By.cssSelector("span.mono")).getText();
        String token = decodeQr(card.findElement(By.tagName("img")).getAttribute("src"));
        assertThat(token).startsWith("OWL1.");

        assertThat(verify(token)).isEqualTo("有效");

        signIn("approver.hr");
        browser.get(url("/licenses/issued"));
        WebElement revokeForm = browser.findElement(By.id("revoke-" + licenceNumber)).findElement(By.xpath("./ancestor::details"));
        revokeForm.findElement(By.tagName("summary")).click();
        revokeForm.findElement(By.name("reason")).sendKeys("持卡人申请注销");
        // without the confirmation box ticked, the browser does not send it
        revokeForm.findElement(By.name("confirmed")).click();
        clickAndLoad(browser.findElement(By.id("revoke-" + licenceNumber)));
        BrowserSupport.waitFor(browser, By.cssSelector("p.flash[role=status]"));

        assertThat(verify(token)).isEqualTo("已注销");
        assertThat(text("verification")).contains("持卡人申请注销");
    }
}
