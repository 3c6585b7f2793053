package io.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Sm3Tests {

    @Test
    void gbt32905ExampleAbc() {
        // GB/T 32905-2016 Appendix A, example 1
        assertThat(Sm3.hex("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void gbt32905Example512Bits() {
        assertThat(Sm3.hex("abcd".repeat(16)))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void personalDataRoundTripsAndIsRandomised() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        PersonalDataProtector protector = new PersonalDataProtector(key);
        byte[] a = protector.encrypt("11010519491231002X");
        byte[] b = protector.encrypt("11010519491231002X");
        assertThat(a).isNotEqualTo(b);
        assertThat(protector.decrypt(a)).isEqualTo("11010519491231002X");
        assertThat(protector.lookupHash("11010519491231002X")).isEqualTo(protector.lookupHash("11010519491231002X"))
                .hasSize(64);
    }

    @Test
    void tamperedCipherTextIsDetected() {
        PersonalDataProtector protector = new PersonalDataProtector(new byte[32]);
        byte[] sealed = protector.encrypt("13800000001");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> protector.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void masking() {
        assertThat(Masking.residentId("51110219900315123X")).isEqualTo("511102********123X");
        assertThat(Masking.phone("13800000001")).isEqualTo("138****0001");
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
    }
}
