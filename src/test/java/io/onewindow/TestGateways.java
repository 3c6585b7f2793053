package io.onewindow;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The world outside the building for the whole suite: an SMTP server (GreenMail) and a small SMS gateway speaking the
 * platform's signed HTTP contract, both on free localhost ports — real protocols, no mocks. The gateway checks every
 * signature (401 when wrong), answers 500 for phones ending 0500 and 400 for phones ending 0400, and keeps what it
 * accepted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestGateways {

    public static final String SMS_SECRET = "test-gateway-secret";

    /** The SMS gateway: what it received (accepted or not) and what it accepted. */
    public static final class SmsGateway implements AutoCloseable {

        public final List<String> accepted = new CopyOnWriteArrayList<>();
        public final List<String> received = new CopyOnWriteArrayList<>();
        private final HttpServer server;

        SmsGateway() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/sms", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add(body);
                var h = exchange.getRequestHeaders();
                String expected = SmsSignature.of(h.getFirst("X-OneWindow-AppId"), h.getFirst("X-OneWindow-Timestamp"),
                        h.getFirst("X-OneWindow-Nonce"), body, SMS_SECRET);
                int status = !expected.equals(h.getFirst("X-OneWindow-Signature")) ? 401
                        : body.contains("0500\"") ? 500 : body.contains("0400\"") ? 400 : 200;
                if (status == 200) {
                    accepted.add(body);
                }
                byte[] answer = (status == 200 ? "{\"code\":\"OK\"}" : "{\"code\":\"ERROR\",\"status\":" + status + "}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
        }

        public String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @Bean
    SmsGateway testSmsGateway() throws IOException {
        return new SmsGateway();
    }

    @Bean
    DynamicPropertyRegistrar gatewayProperties(GreenMail mail, SmsGateway sms) {
        return registry -> {
            registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
            registry.add("onewindow.notification.sms.url", sms::url);
        };
    }
}
