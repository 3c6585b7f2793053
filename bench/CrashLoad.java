import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fires a burst of 秒批 submissions ({@code java bench/CrashLoad.java BASE ITEM COUNT ACKS_FILE [KEY_PREFIX]}) and
 * writes "key caseId" for every acknowledged (201/200) one. Used by bench/crash.sh, which kills the JVM mid-burst.
 */
public class CrashLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String item = args[1];
        int count = Integer.parseInt(args[2]);
        Path acks = Path.of(args[3]);
        String prefix = args.length > 4 ? args[4] : "crash-key-";
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(3)).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        client.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=zhangsan&password=Leshan2023&_csrf="
                        + URLEncoder.encode(csrf(page), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
        String token = csrf(client.send(HttpRequest.newBuilder(URI.create(base + "/lookup")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        java.util.Map<String, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(System.getenv().getOrDefault("CRASH_THREADS", "4")));
        for (int i = 0; i < count; i++) {
            String key = prefix + i;
            pool.submit(() -> {
                try {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                            .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                            .header("X-CSRF-TOKEN", token).header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"itemCode\":\"" + item
                                    + "\",\"form\":{\"grade\":\"300\",\"phone\":\"13800000001\"}}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201 && r.statusCode() != 200) {
                        failures.merge("HTTP " + r.statusCode() + " " + r.body().substring(0, Math.min(120, r.body().length())), 1, Integer::sum);
                    }
                    if (r.statusCode() == 201 || r.statusCode() == 200) {
                        Matcher m = ID.matcher(r.body());
                        if (m.find()) {
                            acknowledged.add(key + " " + m.group(1));
                            Files.writeString(acks, String.join("\n", List.copyOf(acknowledged)) + "\n");
                        }
                    }
                } catch (Exception e) {
                    // the server died mid-request: not acknowledged
                    failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        System.out.println("acknowledged " + acknowledged.size() + " of " + count + (failures.isEmpty() ? "" : ", failures " + failures));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token");
        }
        return m.group(1);
    }
}
