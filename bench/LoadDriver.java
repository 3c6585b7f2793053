import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop load driver (run with {@code java bench/LoadDriver.java BASE_URL GUIDE_PATH}): measures the
 * throughput of a guide page against a trivial endpoint of the same application in alternating rounds, so the
 * ratio holds on a noisy machine, then the latency of catalogue searches. Traffic goes to the given base URL only
 * (loopback), bounded in count and time.
 */
public class LoadDriver {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int THREADS = 4;
    private static final int ROUNDS = 3;
    private static final Duration ROUND = Duration.ofSeconds(5);
    private static final String[] QUERIES = {"开饭店", "生孩子", "开公司", "迁户口", "社保卡", "药店", "营业执照", "养老保险",
        "施工许可", "结婚", "低保", "排污", "取水", "医保", "旅行社", "农药", "危险化学品", "教师资格", "驾照", "不动产"};

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:18080";
        String guide = args.length > 1 ? args[1] : "/services";
        String trivial = "/actuator/health/liveness";
        warmUp(base + guide, base + trivial);
        double trivialTotal = 0;
        double guideTotal = 0;
        for (int r = 1; r <= ROUNDS; r++) {
            double t = throughput(base + trivial);
            double g = throughput(base + guide);
            trivialTotal += t;
            guideTotal += g;
            System.out.printf("round %d: trivial %.0f req/s, guide page %.0f req/s, ratio %.3f%n", r, t, g, g / t);
        }
        System.out.printf("guide-page throughput ratio (guide / trivial, %d rounds, %d threads): %.3f%n", ROUNDS, THREADS,
                guideTotal / trivialTotal);
        searchLatency(base);
    }

    private static void warmUp(String... urls) throws Exception {
        for (int i = 0; i < 2_000; i++) {
            for (String url : urls) {
                get(url);
            }
        }
    }

    private static double throughput(String url) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + ROUND.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        for (int i = 0; i < THREADS; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        if (get(url) == 200) {
                            done.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(ROUND.toSeconds() + 30, TimeUnit.SECONDS);
        if (failed.get() > 0) {
            System.out.println("  " + failed.get() + " failed requests to " + url);
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static void searchLatency(String base) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int repeat = 0; repeat < 10; repeat++) {
            for (String q : QUERIES) {
                String url = base + "/api/v1/catalog/items?q=" + java.net.URLEncoder.encode(q, "UTF-8");
                long t0 = System.nanoTime();
                int status = get(url);
                millis.add((System.nanoTime() - t0) / 1e6);
                if (status != 200) {
                    throw new IllegalStateException("search failed: " + status);
                }
            }
        }
        Collections.sort(millis);
        System.out.printf("search latency over %d queries (HTTP, incl. JSON): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                millis.size(), millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)),
                millis.get(millis.size() - 1));
    }

    private static int get(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
