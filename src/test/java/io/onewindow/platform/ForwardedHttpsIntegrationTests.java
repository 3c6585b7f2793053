package io.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a reverse proxy that terminates HTTPS (X-Forwarded-Proto from a loopback or private address), the session
 * cookie is Secure and HSTS is sent; a plain HTTP request gets neither. Real HTTP, through Tomcat's RemoteIpValve.
 */
@IntegrationTest
class ForwardedHttpsIntegrationTests {

    @LocalServerPort
    int port;

    HttpResponse<String> login(boolean behindHttps) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (behindHttps) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void cookiesAreSecureAndHstsIsSentOnlyBehindHttps() throws Exception {
        HttpResponse<String> proxied = login(true);
        List<String> cookies = proxied.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("Secure").contains("HttpOnly"));
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();

        HttpResponse<String> plain = login(false);
        assertThat(plain.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
