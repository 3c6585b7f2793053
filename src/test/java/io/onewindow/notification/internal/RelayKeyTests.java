package io.onewindow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** SM2 encryption of notification addresses: only the private key opens them, and altered bytes are detected. */
class RelayKeyTests {

    @Test
    void onlyThePrivateKeyOpensASealedAddressAndAlteredBytesAreRefused() {
        RelayKey relay = RelayKey.ofPrivate(RelayKey.generatePrivate());
        RelayKey sealOnly = RelayKey.ofPublic(relay.publicHex());
        byte[] sealed = sealOnly.seal("13800000001");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("13800000001");
        assertThat(sealOnly.seal("13800000001")).as("randomised: equal numbers do not look equal").isNotEqualTo(sealed);
        assertThat(relay.open(sealed)).isEqualTo("13800000001");
        assertThat(sealOnly.canOpen()).isFalse();
        assertThatThrownBy(() -> sealOnly.open(sealed)).hasMessageContaining("没有中继私钥");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> relay.open(sealed)).hasMessageContaining("无法解密");
        RelayKey other = RelayKey.ofPrivate(RelayKey.generatePrivate());
        assertThatThrownBy(() -> other.open(relay.seal("a@b.cn"))).hasMessageContaining("无法解密");
    }

    @Test
    void aKeyOutsideTheCurveOrderIsRefused() {
        assertThatThrownBy(() -> RelayKey.ofPrivate("0".repeat(64))).hasMessageContaining("中继密钥无效");
        // n − 1 (n of sm2p256v1, GB/T 32918.5) is not allowed: d must be below n − 1
        assertThatThrownBy(() -> RelayKey.ofPrivate("FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54122"))
                .hasMessageContaining("中继密钥无效");
        assertThat(RelayKey.ofPrivate("FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54121").canOpen()).isTrue();
    }

    @Test
    void templatesFillEveryPlaceholderOrRefuse() {
        assertThat(Templates.fill("您的办件 {number} 已受理，承诺于 {due} 前办结。", java.util.Map.of("number", "A1", "due", "2026-12-08")))
                .isEqualTo("您的办件 A1 已受理，承诺于 2026-12-08 前办结。");
        assertThat(Templates.fill("{message}", java.util.Map.of("message", "含 $1 与 \\ 的文字"))).isEqualTo("含 $1 与 \\ 的文字");
        assertThatThrownBy(() -> Templates.fill("{number}", java.util.Map.of())).hasMessageContaining("缺少参数 number");
    }

    @Test
    void theSmsSignatureIsHmacSm3OverTheDocumentedFields() throws Exception {
        // computed again through the JCA provider (another code path than the platform's), over the documented string
        if (java.security.Security.getProvider("BC") == null) {
            java.security.Security.addProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
        }
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HMACSM3", "BC");
        mac.init(new javax.crypto.spec.SecretKeySpec("秘密".getBytes(StandardCharsets.UTF_8), "HMACSM3"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal(
                "app\n1700000000000\nnonce-1\n{\"phone\":\"13800000001\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(SmsGateway.signature("app", "1700000000000", "nonce-1", "{\"phone\":\"13800000001\"}", "秘密"))
                .isEqualTo(expected).hasSize(64)
                .isNotEqualTo(SmsGateway.signature("app", "1700000000000", "nonce-1", "{\"phone\":\"13800000002\"}", "秘密"));
    }
}
