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
 * A small closed-loop load driver ({@code java bench/LoadDriver.java BASE_URL TARGET...}, a target being
 * {@code label=/path} for a GET or {@code label=/path@body.json} for a JSON POST): measures each target's throughput
 * against a trivial endpoint of the same application in alternating rounds, so the ratio holds on a noisy machine;
 * the latency of the first target at 64 connections; then the latency of catalogue searches. Traffic goes to the
 * given base URL only (loopback), bounded in count and time.
 */
public class LoadDriver {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int THREADS = 4;
    private static final int ROUNDS = 3;
    private static final Duration ROUND = Duration.ofSeconds(5);
    private static final String[] QUERIES = {"开饭店", "生孩子", "开公司", "迁户口", "社保卡", "药店", "营业执照", "养老保险",
        "施工许可", "结婚", "低保", "排污", "取水", "医保", "旅行社", "农药", "危险化学品", "教师资格", "驾照", "不动产"};

    /** One thing to load: a GET of a path, or a POST of a JSON body. */
    record Target(String label, String url, String body) {
        static Target parse(String base, String arg) throws java.io.IOException {
            String label = arg.substring(0, arg.indexOf('='));
            String rest = arg.substring(arg.indexOf('=') + 1);
            int at = rest.indexOf('@');
            return at < 0 ? new Target(label, base + rest, null)
                    : new Target(label, base + rest.substring(0, at), java.nio.file.Files.readString(java.nio.file.Path.of(rest.substring(at + 1))));
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Target trivial = new Target("trivial", base + "/actuator/health/liveness", null);
        List<Target> targets = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            targets.add(Target.parse(base, args[i]));
        }
        for (int i = 0; i < 2_000; i++) {
            send(trivial);
            for (Target t : targets) {
                send(t);
            }
        }
        double trivialTotal = 0;
        double[] totals = new double[targets.size()];
        for (int r = 1; r <= ROUNDS; r++) {
            double t = throughput(trivial, THREADS);
            trivialTotal += t;
            StringBuilder line = new StringBuilder(String.format("round %d: trivial %.0f req/s", r, t));
            for (int i = 0; i < targets.size(); i++) {
                double g = throughput(targets.get(i), THREADS);
                totals[i] += g;
                line.append(String.format(", %s %.0f req/s (%.3f)", targets.get(i).label(), g, g / t));
            }
            System.out.println(line);
        }
        for (int i = 0; i < targets.size(); i++) {
            System.out.printf("%s throughput ratio (%s / trivial, %d rounds, %d threads): %.3f%n", targets.get(i).label(),
                    targets.get(i).label(), ROUNDS, THREADS, totals[i] / trivialTotal);
        }
        if (!targets.isEmpty()) {
            latencyAt64(targets.get(0));
        }
        searchLatency(base);
    }

    /** p50/p99 of one target with 64 connections each sending back to back. */
    private static void latencyAt64(Target target) throws Exception {
        List<Double> millis = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(64);
        long end = System.nanoTime() + ROUND.toNanos();
        for (int i = 0; i < 64; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        if (send(target) == 200) {
                            millis.add((System.nanoTime() - t0) / 1e6);
                        }
                    } catch (Exception e) {
                        // counted as missing below
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(ROUND.toSeconds() + 30, TimeUnit.SECONDS);
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%s at 64 connections: %d requests in %d s, p50 %.1f ms, p99 %.1f ms%n", target.label(),
                sorted.size(), ROUND.toSeconds(), sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.99)));
    }

    private static double throughput(Target target, int threads) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + ROUND.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        if (send(target) == 200) {
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
            System.out.println("  " + failed.get() + " failed requests to " + target.url());
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

    private static int send(Target t) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(t.url())).timeout(Duration.ofSeconds(10));
        if (t.body() != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(t.body()));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int get(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
