import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mixed traffic for the soak test ({@code java bench/Soak.java BASE SECONDS THREADS}): strangers on the public pages
 * and APIs, every demo role signed in on its workspace and lists, 秒批 submissions, Open311 orders, wrong look-ups.
 * Bounded: at most about one submission and one order per second. Prints counts per status class and every 5xx;
 * exits 1 if any answer was a 5xx or a request failed.
 */
public class Soak {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final String[] PUBLIC = {"/", "/services", "/services?q=%E5%BC%80%E9%A5%AD%E5%BA%97", "/services/targets",
        "/api/v1/catalog/items?q=%E7%94%9F%E5%AD%A9%E5%AD%90", "/api/v1/calendar/days/2026-02-28",
        "/api/v1/calendar/working-days/add?from=2026-09-30&days=3", "/policies", "/api/v1/policies", "/evaluation/public",
        "/12345", "/unresolved", "/verify", "/open311/v2/services.json", "/open311/v2/requests.json",
        "/api/v1/identifiers/uscc/91350100M000100Y43", "/api/v1/organization/regions", "/login", "/tools/working-days",
        "/no-such-page", "/api/v1/no-such-api"};
    static final Map<String, String[]> STAFF = Map.of(
            "zhangsan", new String[] {"/workspace", "/my/cases", "/wallet"},
            "qiye", new String[] {"/workspace", "/my/cases", "/my/policies", "/wallet"},
            "clerk", new String[] {"/workspace", "/window/intake", "/window/delivery"},
            "approver", new String[] {"/workspace", "/department/cases", "/workbench", "/department/hotline"},
            "deptadmin", new String[] {"/workspace", "/catalog/manage", "/admin/policies"},
            "hotline", new String[] {"/workspace", "/hotline", "/hotline/figures"},
            "inspector", new String[] {"/workspace"},
            "supervisor", new String[] {"/workspace", "/supervision/cases", "/supervision/evaluation", "/admin/audit"},
            "admin", new String[] {"/workspace", "/admin/accounts", "/admin/organization", "/admin/calendar"});

    static final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    static final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long seconds = Long.parseLong(args[1]);
        int threads = Integer.parseInt(args[2]);
        String instantItem = args.length > 3 ? args[3] : null;
        Map<String, HttpClient> sessions = new ConcurrentHashMap<>();
        Map<String, String> tokens = new ConcurrentHashMap<>();
        for (String user : STAFF.keySet()) {
            HttpClient c = client();
            tokens.put(user, login(c, base, user));
            sessions.put(user, c);
        }
        HttpClient stranger = client();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong lastSubmission = new AtomicLong();
        AtomicLong lastOrder = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            long seed = t;
            pool.submit(() -> {
                Random random = new Random(seed);
                while (System.nanoTime() < end) {
                    try {
                        int pick = random.nextInt(100);
                        if (pick < 45) {
                            get(stranger, base + PUBLIC[random.nextInt(PUBLIC.length)]);
                        } else if (pick < 85) {
                            List<String> users = List.copyOf(STAFF.keySet());
                            String user = users.get(random.nextInt(users.size()));
                            String[] pages = STAFF.get(user);
                            get(sessions.get(user), base + pages[random.nextInt(pages.length)]);
                        } else if (pick < 92) {
                            get(stranger, base + "/lookup?number=511100-20261201-" + random.nextInt(100000) + "&tail=0000");
                        } else if (pick < 96 && instantItem != null && due(lastSubmission)) {
                            send(sessions.get("zhangsan"), HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                                    .header("Content-Type", "application/json").header("X-CSRF-TOKEN", tokens.get("zhangsan"))
                                    .header("Idempotency-Key", "soak-" + System.nanoTime())
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"itemCode\":\"" + instantItem
                                            + "\",\"form\":{\"grade\":\"300\",\"phone\":\"13800000001\"}}")));
                        } else if (due(lastOrder)) {
                            send(stranger, HttpRequest.newBuilder(URI.create(base + "/open311/v2/requests.json"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString("api_key=leshan-open311-demo&service_code=CSGL-DL"
                                            + "&address_string=" + enc("嘉州大道") + "&description=" + enc("路面坑洞 soak"))));
                        }
                    } catch (Exception e) {
                        errors.add("request failed: " + e);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        System.out.println("answers by status class: " + new java.util.TreeMap<>(counts));
        errors.stream().limit(20).forEach(e -> System.out.println("  " + e));
        System.exit(errors.isEmpty() ? 0 : 1);
    }

    /** At most one per second of each kind of write, so a long soak does not grow the database without bound. */
    static boolean due(AtomicLong last) {
        long now = System.currentTimeMillis();
        long before = last.get();
        return now - before >= 1000 && last.compareAndSet(before, now);
    }

    static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static String login(HttpClient c, String base, String user) throws Exception {
        String page = c.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        c.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=Leshan2023&_csrf=" + enc(csrf(page))))
                .build(), HttpResponse.BodyHandlers.discarding());
        return csrf(c.send(HttpRequest.newBuilder(URI.create(base + "/lookup")).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    static void get(HttpClient c, String url) throws Exception {
        send(c, HttpRequest.newBuilder(URI.create(url)));
    }

    static void send(HttpClient c, HttpRequest.Builder request) throws Exception {
        HttpRequest r = request.timeout(Duration.ofSeconds(30)).build();
        HttpResponse<byte[]> response = c.send(r, HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        counts.computeIfAbsent(status / 100 + "xx", k -> new AtomicLong()).incrementAndGet();
        if (status >= 500) {
            errors.add(status + " " + r.method() + " " + r.uri());
        }
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token");
        }
        return m.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
