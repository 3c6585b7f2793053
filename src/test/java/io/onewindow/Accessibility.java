package io.onewindow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.events.WebDriverListener;
import org.springframework.core.io.ClassPathResource;

/**
 * WCAG 2.1 A/AA checks with axe-core on every page the browser tests open (each page path once per run), plus the
 * platform's own rule of exactly one {@code <main>}. Violations are collected and fail the test that met them.
 */
public final class Accessibility implements WebDriverListener {

    private static final String AXE = read("axe.min.js"); // bundled in com.deque.html.axe-core:selenium
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            var mains = document.querySelectorAll('main').length;
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(function (r) {
                var out = r.violations.map(function (v) {
                  return v.id + '（' + v.help + '）：' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ');
                });
                if (mains !== 1) { out.push('main：页面应有且只有一个 <main>，实有 ' + mains); }
                done(out);
              })
              .catch(function (e) { done(['axe 运行失败：' + e]); });
            """;

    private static final Set<String> CHECKED = new HashSet<>();
    private static final List<String> VIOLATIONS = new ArrayList<>();

    private final WebDriver driver;

    Accessibility(WebDriver driver) {
        this.driver = driver;
    }

    @Override
    public void afterGet(WebDriver d, String url) {
        check(driver);
    }

    /** Checks the current page unless a page of the same path was checked already. */
    public static void check(WebDriver driver) {
        String url = driver.getCurrentUrl();
        if (url == null || !url.startsWith("http://localhost")) {
            return;
        }
        // one check per page kind: ids and numbers in the path, and the query, do not make a new page
        String page = url.replaceAll("\\?.*$", "").replaceAll("/[0-9a-fA-F-]{8,}|/\\d[\\w-]*", "/{id}")
                .replaceAll("^http://localhost:\\d+", "");
        synchronized (CHECKED) {
            if (!CHECKED.add(page)) {
                return;
            }
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
            js.executeScript(AXE);
        }
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) js.executeAsyncScript(RUN);
        synchronized (VIOLATIONS) {
            found.forEach(v -> VIOLATIONS.add(page + " → " + v));
        }
    }

    /** How many page kinds were checked in this run so far. */
    public static int checkedPages() {
        synchronized (CHECKED) {
            return CHECKED.size();
        }
    }

    /** The violations met since the last call, and forgets them. */
    public static List<String> drain() {
        synchronized (VIOLATIONS) {
            List<String> out = List.copyOf(VIOLATIONS);
            VIOLATIONS.clear();
            return out;
        }
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is a test dependency (com.deque.html.axe-core:selenium)", e);
        }
    }
}
