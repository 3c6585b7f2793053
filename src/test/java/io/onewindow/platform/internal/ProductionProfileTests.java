package io.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** With an external database, published or patterned data keys are refused at start. */
class ProductionProfileTests {

    @Test
    void publishedShortOrPatternedKeysAreRefusedAndARandomOneIsNot() {
        for (String key : new String[] {"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            Base64.getEncoder().encodeToString("Leshan2023Leshan2023Leshan2023!!".getBytes()),
            Base64.getEncoder().encodeToString(new byte[16])}) {
            assertThatThrownBy(() -> DataProtectionConfiguration.refusePublicKey(key))
                    .hasMessageContaining("不能用于正式数据库").hasMessageContaining("head -c 32 /dev/urandom | base64");
        }
        assertThatThrownBy(() -> DataProtectionConfiguration.refusePublicKey("not base64!"))
                .hasMessageContaining("不是有效的 Base64");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        assertThatCode(() -> DataProtectionConfiguration.refusePublicKey(Base64.getEncoder().encodeToString(random)))
                .doesNotThrowAnyException();
    }
}
