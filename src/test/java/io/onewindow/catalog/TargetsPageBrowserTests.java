package io.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.BrowserSupport;
import io.onewindow.BrowserTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The targets page with its 1 MB ECharts bundle, opened by a browser that has never seen the platform: the bundle
 * comes compressed, is kept, and the second view fetches nothing again. The first view's time is reported from the
 * browser's own navigation timing (not asserted: time on this machine is noisy).
 */
class TargetsPageBrowserTests extends BrowserTest {

    private static final String ECHARTS = """
            const r = performance.getEntriesByType('resource').find(e => e.name.includes('echarts'));
            const n = performance.getEntriesByType('navigation')[0];
            return {transfer: r ? r.transferSize : -1, decoded: r ? r.decodedBodySize : -1,
                    load: Math.round(n.loadEventEnd - n.startTime), ready: Math.round(n.domContentLoadedEventEnd - n.startTime)};""";

    @Test
    void theChartScriptComesCompressedOnceAndTheFirstViewIsTimed() {
        browser.get(url("/services/targets"));
        BrowserSupport.waitFor(browser, By.cssSelector("#targets-chart canvas"));
        Map<String, Object> first = timing();
        assertThat(((Number) first.get("decoded")).longValue()).as("the ECharts bundle was loaded").isGreaterThan(500_000);
        assertThat(((Number) first.get("transfer")).longValue()).as("compressed on the wire")
                .isLessThan(((Number) first.get("decoded")).longValue() / 2);
        System.out.println("/services/targets first view in Chromium: load event " + first.get("load")
                + " ms, DOMContentLoaded " + first.get("ready") + " ms; ECharts " + first.get("transfer") + " bytes on the wire of "
                + first.get("decoded"));

        browser.get(url("/services/targets"));
        BrowserSupport.waitFor(browser, By.cssSelector("#targets-chart canvas"));
        Map<String, Object> second = timing();
        assertThat(((Number) second.get("transfer")).longValue()).as("from the browser's cache").isZero();
        System.out.println("/services/targets second view: load event " + second.get("load") + " ms");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> timing() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                        "return performance.getEntriesByType('navigation')[0].loadEventEnd")).doubleValue() > 0);
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(ECHARTS);
    }
}
