package io.onewindow.hotline.web;

import io.onewindow.platform.EmbeddedDatabase;
import io.onewindow.platform.Sm3;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who may file Open311 requests. Production keys are configured as SM3 digests
 * ({@code onewindow.hotline.open311-api-key-sm3}, hex, comma-separated), so the configuration holds no usable key;
 * the demo key {@code leshan-open311-demo} works only with the embedded demo database.
 */
@Component
class Open311Keys {

    static final String DEMO_KEY = "leshan-open311-demo";

    private final List<byte[]> digests;
    private final boolean demo;

    Open311Keys(@Value("${onewindow.hotline.open311-api-key-sm3:}") Set<String> digests,
            ObjectProvider<EmbeddedDatabase> embedded, @Value("${onewindow.demo-data.enabled:true}") boolean demoData) {
        this.digests = digests.stream().map(String::strip).filter(d -> d.matches("(?i)[0-9a-f]{64}"))
                .map(HexFormat.of()::parseHex).collect(Collectors.toList());
        this.demo = demoData && embedded.getIfAvailable() != null;
        byte[] demoDigest = Sm3.digest(DEMO_KEY.getBytes(StandardCharsets.UTF_8));
        if (embedded.getIfAvailable() == null && this.digests.stream().anyMatch(d -> MessageDigest.isEqual(d, demoDigest))) {
            // the production profile: a key published in README.md must not open a real city's 12345
            throw new IllegalStateException("onewindow.hotline.open311-api-key-sm3 含有演示密钥 " + DEMO_KEY
                    + " 的摘要：正式环境请为每个接入应用生成自己的密钥（见 docs/operations.md）");
        }
    }

    boolean accepts(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return false;
        }
        if (demo && DEMO_KEY.equals(key)) {
            return true;
        }
        byte[] digest = Sm3.digest(key.getBytes(StandardCharsets.UTF_8));
        // constant-time comparison: the answer's timing says nothing about how much of a key was right
        return digests.stream().anyMatch(d -> MessageDigest.isEqual(d, digest));
    }
}
