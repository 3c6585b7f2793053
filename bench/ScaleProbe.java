import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * p50/p95 of the pages and APIs people use every day, each as the account that uses it
 * ({@code java bench/ScaleProbe.java BASE_URL CASE_NUMBER CASE_TAIL}). Each page is fetched 10 times to warm, then
 * 40 times one after another; a page that does not answer 200 fails the run. Loopback only.
 */
public class ScaleProbe {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int WARM = 10;
    private static final int TIMES = 40;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String q = URLEncoder.encode("开饭店", StandardCharsets.UTF_8);
        Map<String, String[]> pages = new LinkedHashMap<>();
        pages.put("我的办件 (zhangsan)", new String[] {"zhangsan", "/my/cases"});
        pages.put("部门办件 (人社局)", new String[] {"approver.hr", "/department/cases"});
        pages.put("审批工作台 (人社局)", new String[] {"approver.hr", "/workbench"});
        pages.put("窗口受理 (市政务服务中心)", new String[] {"clerk", "/window/intake"});
        pages.put("督办：超期办件", new String[] {"supervisor", "/supervision/cases"});
        pages.put("12345 坐席工作台", new String[] {"hotline", "/hotline"});
        pages.put("12345 数据统计", new String[] {"hotline", "/hotline/figures"});
        pages.put("好差评公示", new String[] {null, "/evaluation/public"});
        pages.put("办件查询", new String[] {null, "/lookup?number=" + args[1] + "&tail=" + args[2]});
        pages.put("事项搜索 API", new String[] {null, "/api/v1/catalog/items?q=" + q});
        pages.put("事项搜索页", new String[] {null, "/services?q=" + q});
        Map<String, HttpClient> sessions = new LinkedHashMap<>();
        System.out.printf("%-28s %8s %8s %8s%n", "page", "p50 ms", "p95 ms", "max ms");
        for (var e : pages.entrySet()) {
            String user = e.getValue()[0];
            HttpClient client = user == null ? HttpClient.newHttpClient() : sessions.computeIfAbsent(user, u -> login(base, u));
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < WARM + TIMES; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + e.getValue()[1]))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(e.getKey() + ": HTTP " + r.statusCode());
                }
                if (i >= WARM) {
                    millis.add((System.nanoTime() - t0) / 1e6);
                }
            }
            Collections.sort(millis);
            System.out.printf("%-28s %8.1f %8.1f %8.1f%n", e.getKey(), millis.get(TIMES / 2),
                    millis.get((int) (TIMES * 0.95) - 1), millis.get(TIMES - 1));
        }
    }

    private static HttpClient login(String base, String user) {
        try {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = CSRF.matcher(page);
            m.find();
            client.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=Leshan2023&_csrf="
                            + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
            return client;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
