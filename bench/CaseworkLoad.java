import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submit-to-accepted throughput over HTTP ({@code java bench/CaseworkLoad.java BASE_URL ITEM_CODE}): a citizen submits
 * through the API (idempotency key per case) and the competent department's approver accepts each case, as the
 * pages do, and is shown the case page. Bounded: {@link #WARM_UP} of warm-up, then {@link #CASES} cases; loopback
 * only. Reports cases per second end to end.
 */
public class CaseworkLoad {

    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("warmup", 90));
    private static final int CASES = 600;
    private static final int THREADS = 4;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    record Session(HttpClient client, String csrf) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:18080";
        String item = args[1];
        Session citizen = login(base, "zhangsan");
        // one signed-in approver per thread, as four clerks at four desks (one person's session is not used for
        // four acceptances at the same moment)
        ThreadLocal<Session> approver = ThreadLocal.withInitial(() -> {
            try {
                return login(base, "approver.hr");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // a node runs for weeks: measure it warm. On 2 cores the JIT spends about a minute of a core compiling the
        // submit and accept paths (C2 alone took 35 s of CPU in a 40 s run), so warm up for 90 s first
        long warmUntil = System.nanoTime() + WARM_UP.toNanos();
        while (System.nanoTime() < warmUntil) {
            run(base, item, citizen, approver, 200, "warm-up (not counted)");
        }
        run(base, item, citizen, approver, CASES, "submit-to-accepted");
    }

    private static void run(String base, String item, Session citizen, ThreadLocal<Session> approver, int cases, String label)
            throws InterruptedException {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            pool.submit(() -> {
                try {
                    cycle(base, item, citizen, approver.get());
                    done.incrementAndGet();
                } catch (Exception e) {
                    if (failed.incrementAndGet() <= 3) {
                        System.out.println("  failed: " + e);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d cases in %.1f s = %.1f cases/s (%d threads, %d failed)%n",
                label, done.get(), seconds, done.get() / seconds, THREADS, failed.get());
    }

    private static void cycle(String base, String item, Session citizen, Session approver) throws Exception {
        String body = "{\"itemCode\":\"" + item + "\",\"form\":{\"fromRegion\":\"重庆市渝北区\",\"phone\":\"13800000001\"}}";
        HttpResponse<String> submitted = citizen.client().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", citizen.csrf())
                .header("Idempotency-Key", "bench-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (submitted.statusCode() != 201) {
            throw new IllegalStateException("submit " + submitted.statusCode() + " " + submitted.body());
        }
        Matcher m = ID.matcher(submitted.body());
        m.find();
        HttpResponse<String> accepted = approver.client().send(HttpRequest.newBuilder(
                URI.create(base + "/cases/" + m.group(1) + "/accept"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(approver.csrf(), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 302) {
            throw new IllegalStateException("accept " + accepted.statusCode());
        }
        // as a browser does: the case page with the flash message "已受理" (which also takes the message out of the
        // session — never followed, every accept would leave one behind for three minutes)
        HttpResponse<String> page = approver.client().send(HttpRequest.newBuilder(URI.create(base)
                .resolve(accepted.headers().firstValue("Location").orElseThrow())).build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || !page.body().contains("已受理")) {
            throw new IllegalStateException("case page after accept: " + page.statusCode());
        }
    }

    private static Session login(String base, String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + user + "&password=Leshan2023&_csrf=" + URLEncoder.encode(csrf(page), StandardCharsets.UTF_8);
        client.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String home = client.send(HttpRequest.newBuilder(URI.create(base + "/lookup")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new Session(client, csrf(home));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }
}
