import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Submits a case on node 1 and accepts it on node 2 ({@code java bench/TwoNodes.java NODE1 NODE2 ITEM}); prints its id. */
public class TwoNodes {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    record Session(HttpClient client, String csrf) {
    }

    public static void main(String[] args) throws Exception {
        Session citizen = login(args[0], "zhangsan");
        HttpResponse<String> r = citizen.client().send(HttpRequest.newBuilder(URI.create(args[0] + "/api/v1/cases"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", citizen.csrf())
                .header("Idempotency-Key", "two-nodes-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString("{\"itemCode\":\"" + args[2]
                        + "\",\"form\":{\"fromRegion\":\"重庆市\",\"phone\":\"13800000001\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String id = r.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        Session approver = login(args[1], "approver.hr");
        HttpResponse<String> accepted = approver.client().send(HttpRequest.newBuilder(URI.create(args[1] + "/cases/" + id + "/accept"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(approver.csrf(), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201 || accepted.statusCode() != 302) {
            throw new IllegalStateException("submit " + r.statusCode() + ", accept " + accepted.statusCode());
        }
        System.out.println(id);
    }

    private static Session login(String base, String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        client.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=Leshan2023&_csrf="
                        + URLEncoder.encode(csrf(page), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
        return new Session(client, csrf(client.send(HttpRequest.newBuilder(URI.create(base + "/lookup")).build(),
                HttpResponse.BodyHandlers.ofString()).body()));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token");
        }
        return m.group(1);
    }
}
