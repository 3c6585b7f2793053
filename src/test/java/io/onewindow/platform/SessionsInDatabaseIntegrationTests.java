package io.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.DemoLogins;
import io.onewindow.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions live in PostgreSQL, not in a node's memory: over real HTTP a login is a row in {@code spring_session},
 * the cookie alone (as a second node behind the balancer would see it) carries the login, and logging out or
 * removing the row ends it.
 */
@IntegrationTest
class SessionsInDatabaseIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLoginIsARowInPostgresqlAndTheCookieAloneCarriesIt() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String session = signIn(browser, "clerk");

        assertThat(jdbc.sql("select principal_name from spring_session where session_id = ?").param(session)
                .query(String.class).list()).containsExactly("clerk");
        assertThat(jdbc.sql("""
                select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
                where s.session_id = ? and a.attribute_name = 'SPRING_SECURITY_CONTEXT'""").param(session)
                .query(Integer.class).single()).isEqualTo(1);

        // another client that only has the cookie — what a second node sees — is signed in as the clerk
        HttpClient otherNode = HttpClient.newHttpClient();
        assertThat(get(otherNode, "/window/intake", session).statusCode()).isEqualTo(200);
        assertThat(get(otherNode, "/window/intake", "not-a-session").statusCode()).isEqualTo(302);

        // logging out removes the row; the old cookie no longer signs anybody in
        String csrf = csrf(browser.send(request("/window/intake").build(), HttpResponse.BodyHandlers.ofString()).body());
        browser.send(request("/logout").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf))).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(session)
                .query(Integer.class).single()).isZero();
        assertThat(get(otherNode, "/window/intake", session).statusCode()).isEqualTo(302);
    }

    @Test
    void aSessionRemovedFromTheDatabaseIsOverEverywhere() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String session = signIn(browser, "approver");
        assertThat(get(HttpClient.newHttpClient(), "/workbench", session).statusCode()).isEqualTo(200);
        jdbc.sql("delete from spring_session where session_id = ?").param(session).update();
        assertThat(get(HttpClient.newHttpClient(), "/workbench", session).statusCode()).isEqualTo(302);
    }

    @Test
    void concurrentRequestsOfOneSessionThatEachLeaveAFlashMessageAllSucceed() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, "zhangsan");
        String csrf = csrf(browser.send(request("/lookup").build(), HttpResponse.BodyHandlers.ofString()).body());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 40; i++) {
                // an item that does not exist: the answer is a redirect with a flash message (a session attribute)
                answers.add(pool.submit(() -> browser.send(request("/apply/NO-SUCH-ITEM")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isIn(302, 404);
            }
        } finally {
            pool.shutdown();
        }
    }

    private String signIn(HttpClient browser, String username) throws Exception {
        String csrf = csrf(browser.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<Void> login = browser.send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + enc(DemoLogins.PASSWORD) + "&_csrf=" + enc(csrf)))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).get().asString().doesNotContain("error");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        return new String(java.util.Base64.getDecoder().decode(cookie.substring(8, cookie.indexOf(';'))),
                StandardCharsets.US_ASCII);
    }

    private HttpResponse<String> get(HttpClient client, String path, String sessionId) throws Exception {
        String cookie = java.util.Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.US_ASCII));
        return client.send(request(path).header("Cookie", "SESSION=" + cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF field on the page").isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
