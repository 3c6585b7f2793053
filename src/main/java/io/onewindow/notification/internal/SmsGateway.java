package io.onewindow.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through the operator's HTTP gateway: {@code POST} of a JSON message, signed with HMAC-SM3 over
 * appId, timestamp, nonce and body (headers {@code X-OneWindow-*}; contract in docs/operations.md). 2xx is sent;
 * 429, 5xx and network errors are tried again; any other answer is a refusal (dead letter).
 */
@Component
class SmsGateway implements Channel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NotificationSettings.Sms settings;
    private final Map<String, NotificationSettings.Template> templates;
    private final HttpClient http;

    private final java.time.Clock clock;

    SmsGateway(NotificationSettings settings, java.time.Clock clock) {
        this.clock = clock;
        this.settings = settings.sms();
        this.templates = settings.templates() == null ? Map.of() : settings.templates();
        this.http = HttpClient.newBuilder().connectTimeout(this.settings.timeout()).build();
    }

    @Override
    public String name() {
        return "SMS";
    }

    @Override
    public boolean on() {
        return settings.on();
    }

    @Override
    public int perSecond() {
        return settings.perSecond();
    }

    @Override
    public void deliver(Delivery d) throws DeliveryFailure {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("messageId", "onewindow-" + d.id()); // the same id on a retry: the gateway may drop duplicates
        message.put("phone", d.address());
        message.put("signName", settings.signature());
        NotificationSettings.Template t = templates.get(d.template());
        message.put("templateCode", t == null || t.smsCode() == null ? d.template() : t.smsCode());
        message.put("templateParams", d.params());
        message.put("content", d.body());
        String body = JSON.writeValueAsString(message);
        String timestamp = Long.toString(clock.millis());
        String nonce = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url())).timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-OneWindow-AppId", settings.appId() == null ? "" : settings.appId())
                .header("X-OneWindow-Timestamp", timestamp).header("X-OneWindow-Nonce", nonce)
                .header("X-OneWindow-Signature", signature(settings.appId(), timestamp, nonce, body, settings.secret()))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryFailure("短信网关无法连接：" + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("发送被中断", false);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        String answer = response.body() == null ? "" : response.body().substring(0, Math.min(300, response.body().length()));
        throw new DeliveryFailure("短信网关返回 HTTP " + status + "：" + answer, status != 429 && status / 100 == 4);
    }

    /** hex(HMAC-SM3(secret, appId \n timestamp \n nonce \n body)). */
    static String signature(String appId, String timestamp, String nonce, String body, String secret) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter((secret == null ? "" : secret).getBytes(StandardCharsets.UTF_8)));
        byte[] in = String.join("\n", appId == null ? "" : appId, timestamp, nonce, body).getBytes(StandardCharsets.UTF_8);
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
