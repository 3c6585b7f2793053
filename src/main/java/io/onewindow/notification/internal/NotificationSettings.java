package io.onewindow.notification.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.notification.*}: the relay key, the relay's pace, the SMS gateway, the e-mail sender and the
 * message templates (placeholders {@code {name}}). A channel without its settings is off: nothing is queued for it.
 *
 * @param relayKey       the relay's SM2 private key (64 hex digits); generated into the data directory when the
 *                       embedded database is used
 * @param relayPublicKey on nodes that do not relay: the public key (04‖x‖y hex), to seal addresses only
 */
@ConfigurationProperties("onewindow.notification")
record NotificationSettings(String relayKey, String relayPublicKey, @DefaultValue Relay relay, @DefaultValue Sms sms,
        @DefaultValue Email email, Map<String, Template> templates) {

    /**
     * @param maxAttempts a message is dead (死信) after this many failed attempts
     * @param firstRetry  the first back-off; doubled after each failure up to {@code maxRetry}
     */
    record Relay(@DefaultValue("true") boolean enabled, @DefaultValue("2s") Duration every, @DefaultValue("20") int batch,
            @DefaultValue("8") int maxAttempts, @DefaultValue("10s") Duration firstRetry,
            @DefaultValue("1h") Duration maxRetry, @DefaultValue("60s") Duration lease) {
    }

    /**
     * The operator's SMS gateway (政务短信平台 or a carrier's 短信网关): a signed HTTP POST of JSON.
     *
     * @param url    off when empty
     * @param secret the shared key of the HMAC-SM3 signature
     */
    record Sms(String url, String appId, String secret, @DefaultValue("【乐山一网通办】") String signature,
            @DefaultValue("10") int perSecond, @DefaultValue("5s") Duration timeout) {

        boolean on() {
            return url != null && !url.isBlank();
        }
    }

    /** @param from off when empty (the SMTP server itself is {@code spring.mail.*}) */
    record Email(String from, @DefaultValue("10") int perSecond) {

        boolean on() {
            return from != null && !from.isBlank();
        }
    }

    /**
     * @param text    the message, e.g. "您的办件 {number} 已受理，承诺于 {due} 前办结。"
     * @param subject the e-mail subject
     * @param smsCode the template's id registered with the SMS gateway (carriers send registered templates only)
     */
    record Template(String text, String subject, String smsCode) {
    }
}
