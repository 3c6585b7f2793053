package io.onewindow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole platform on a throw-away embedded PostgreSQL with the demo data, on a random port.
 * Every integration test uses exactly this so Spring starts one context for the whole suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "onewindow.embedded-postgres.ephemeral=true",
    "onewindow.data-dir=target/test-data",
    "onewindow.security.data-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    "onewindow.clock-watch.enabled=false",
    // the hourly escalation passes stay out of the suite's way (tests call them when they need them)
    "onewindow.evaluation.escalation-initial-delay=24h",
    "onewindow.hotline.escalation-initial-delay=24h",
    "onewindow.exchange.push-initial-delay=24h",
    "onewindow.reform.job-initial-delay=24h",
    "onewindow.embedded-postgres.leak-detection-threshold=20000",
    // the hostile-input test sends many wrong look-ups from the one MockMvc address; per-number limits still apply
    "onewindow.lookup.wrong-guesses-per-client=1000000",
    // SMS and e-mail leave through TestGateways' gateway and SMTP server (their ports are set there)
    "onewindow.notification.sms.app-id=onewindow-test",
    "onewindow.notification.sms.secret=" + TestGateways.SMS_SECRET,
    "onewindow.notification.email.from=noreply@onewindow.test",
    "spring.mail.host=127.0.0.1",
    "onewindow.notification.relay.every=200ms",
    "onewindow.notification.relay.initial-delay=0s",
    "onewindow.notification.relay.first-retry=200ms",
    "onewindow.notification.relay.max-retry=1s",
    "onewindow.notification.relay.max-attempts=3"
})
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import({MockMvcSessionTransport.class, TestGateways.class})
public @interface IntegrationTest {
}
