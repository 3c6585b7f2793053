import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One case from application to decision through the load balancer, with a node killed half-way
 * ({@code java bench/TwoNodes.java BALANCER ITEM_CODE KILL_COMMAND...}). The citizen applies on the web and uploads a
 * material; the 人社局's staff accept; the kill command stops one node; the staff decide on whatever node answers; the
 * citizen — never signed in again — sees the decision and downloads the material. Prints which node served each step
 * (HAProxy's {@code X-Served-By}) and fails on the first thing that does not work. With {@code accept-only} instead
 * of a kill command it stops once the case is accepted. Environment: {@code PASSWORD} (default the demo password),
 * {@code NEW_PASSWORD} for accounts that must change theirs at the first sign-in, {@code APPLICANT_EMAIL} to give the
 * application an e-mail address, {@code APPLICANT} and
 * {@code APPLICANT_PASSWORD} for another citizen account than the demo 张三.
 */
public class TwoNodes {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TASK = Pattern.compile("/tasks/([0-9a-f-]{36})/(claim|pass|decide)");
    private static final Pattern UPLOAD = Pattern.compile("/cases/[0-9a-f-]{36}/materials/([0-9a-f-]{36})\"");
    private static final Set<String> servedBy = new LinkedHashSet<>();
    private static final String PASSWORD = System.getenv().getOrDefault("PASSWORD", "Leshan2023");

    record Session(String user, HttpClient client, String base) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String item = args[1];
        List<String> kill = List.of(args).subList(2, args.length);
        Session citizen = login(base, System.getenv().getOrDefault("APPLICANT", "zhangsan"),
                System.getenv().getOrDefault("APPLICANT_PASSWORD", PASSWORD));
        String id = location(post(citizen, "/apply/" + item, form()), "/cases/");
        step("draft " + id);
        byte[] pdf = "%PDF-1.4\n% two-nodes bench\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        expect(upload(citizen, "/cases/" + id + "/materials", 1, pdf), 302, "upload");
        String page = get(citizen, "/cases/" + id).body();
        String key = page.replaceAll("(?s).*name=\"idempotencyKey\" value=\"([^\"]+)\".*", "$1");
        String email = System.getenv().getOrDefault("APPLICANT_EMAIL", "");
        expect(post(citizen, "/cases/" + id + "/form", form("f.fromRegion", "重庆市渝北区", "f.email", email,
                "idempotencyKey", key, "action", "submit")), 302, "submit");
        step("submitted");
        Session approver = login(base, "approver.hr");
        Session head = login(base, "head.rsj");
        expect(post(approver, "/cases/" + id + "/accept", form()), 302, "accept");
        step("accepted");
        if (kill.equals(List.of("accept-only"))) {
            System.out.println(id);
            return;
        }
        Process killer = new ProcessBuilder(kill).inheritIO().start();
        if (killer.waitFor() != 0) {
            throw new IllegalStateException("kill command failed");
        }
        step("ran " + String.join(" ", kill) + " (a node killed, in the two-node run)");
        for (int round = 0; round < 12 && !decided(citizen, id); round++) {
            for (Session staff : List.of(approver, head)) {
                work(staff, id);
            }
        }
        if (!decided(citizen, id)) {
            throw new IllegalStateException("the case did not reach a decision: " + get(citizen, "/api/v1/cases/" + id).body());
        }
        step("decided");
        Matcher upload = UPLOAD.matcher(get(citizen, "/cases/" + id).body());
        if (!upload.find()) {
            throw new IllegalStateException("the uploaded material is not on the case page");
        }
        HttpResponse<byte[]> file = citizen.client().send(request(citizen, "/cases/" + id + "/materials/" + upload.group(1))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        expect(file.statusCode(), 200, "download");
        if (!java.util.Arrays.equals(file.body(), pdf)) {
            throw new IllegalStateException("the material came back different");
        }
        step("material downloaded by the citizen, byte for byte");
        System.out.println("served by: " + servedBy);
        System.out.println(id);
    }

    /** Claims, passes or decides (准予) whatever task of the case this account is offered. */
    private static void work(Session staff, String id) throws Exception {
        Matcher m = TASK.matcher(get(staff, "/cases/" + id).body());
        while (m.find()) {
            String path = "/tasks/" + m.group(1) + "/" + m.group(2);
            String body = switch (m.group(2)) {
                case "decide" -> form("caseId", id, "approve", "true", "basis", "符合条件，准予办理");
                case "pass" -> form("caseId", id, "opinion", "材料齐全，同意");
                default -> form("caseId", id);
            };
            expect(post(staff, path, body), 302, staff.user() + " " + m.group(2));
            step(staff.user() + " " + m.group(2));
            return;
        }
    }

    private static boolean decided(Session citizen, String id) throws Exception {
        String json = get(citizen, "/api/v1/cases/" + id).body();
        return json.contains("\"status\":\"APPROVED\"") || json.contains("\"status\":\"COMPLETED\"")
                || json.contains("\"status\":\"DELIVERED\"");
    }

    private static Session login(String base, String user) throws Exception {
        return login(base, user, PASSWORD);
    }

    private static Session login(String base, String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Session s = new Session(user, client, base);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> in = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf(r.body()), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        if (in.statusCode() != 302 || in.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + user);
        }
        // an account given its password by someone else must choose its own first (修改密码)
        HttpResponse<String> first = client.send(request(s, "/workspace").build(), HttpResponse.BodyHandlers.ofString());
        if (first.headers().firstValue("Location").orElse("").endsWith("/account/password")) {
            String next = System.getenv().getOrDefault("NEW_PASSWORD", password + "x1");
            String token = csrf(get(s, "/account/password").body());
            HttpResponse<String> changed = client.send(request(s, "/account/password")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form("current", password, "next", next, "repeated", next,
                            "_csrf", token))).build(), HttpResponse.BodyHandlers.ofString());
            expect(changed, 302, user + " changes the initial password");
            step(user + " changed the initial password at the first sign-in");
        }
        return s;
    }

    private static HttpResponse<String> get(Session s, String path) throws Exception {
        HttpResponse<String> r = s.client().send(request(s, path).build(), HttpResponse.BodyHandlers.ofString());
        r.headers().firstValue("X-Served-By").ifPresent(servedBy::add);
        if (r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/login")) {
            throw new IllegalStateException(s.user() + " was signed out at " + path);
        }
        return r;
    }

    /** A form POST with the CSRF token of a page the same session just read (whichever node served it). */
    private static HttpResponse<String> post(Session s, String path, String body) throws Exception {
        String csrf = csrf(get(s, "/lookup").body());
        HttpResponse<String> r = s.client().send(request(s, path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body + (body.isEmpty() ? "" : "&") + "_csrf="
                        + URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        r.headers().firstValue("X-Served-By").ifPresent(servedBy::add);
        return r;
    }

    private static int upload(Session s, String path, int index, byte[] content) throws Exception {
        String csrf = csrf(get(s, "/lookup").body());
        String boundary = "----onewindow" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"index\"\r\n\r\n" + index + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cbjf.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        parts.add(content);
        parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = s.client().send(request(s, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }

    private static HttpRequest.Builder request(Session s, String path) {
        return HttpRequest.newBuilder(URI.create(s.base() + path));
    }

    private static String location(HttpResponse<String> r, String prefix) {
        String l = r.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("no redirect: " + r.statusCode()));
        return l.substring(l.indexOf(prefix) + prefix.length());
    }

    private static String form(String... pairs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.append(b.isEmpty() ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private static void expect(HttpResponse<String> r, int status, String what) {
        expect(r.statusCode(), status, what);
    }

    private static void expect(int actual, int status, String what) {
        if (actual != status) {
            throw new IllegalStateException(what + ": HTTP " + actual);
        }
    }

    private static void step(String what) {
        System.out.println("  " + what);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token");
        }
        return m.group(1);
    }
}
