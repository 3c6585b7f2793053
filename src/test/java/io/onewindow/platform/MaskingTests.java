package io.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Free text before publication: real-shaped identifiers (GB 11643, GB 32100, mobile and landline numbers). */
class MaskingTests {

    @Test
    void identifiersInFreeTextAreMasked() {
        assertThat(Masking.freeText("身份证11010519491231002X，信用代码91350100M000100Y43，手机138 1234 5678，座机0833-2123456"))
                .isEqualTo("身份证[身份证号已隐去]，信用代码[统一社会信用代码已隐去]，手机[电话已隐去]，座机[电话已隐去]");
        assertThat(Masking.freeText("卡号6222020200112233445")).isEqualTo("卡号[号码已隐去]");
    }

    @Test
    void selfIntroducedNamesKeepTheSurnameOnly() {
        assertThat(Masking.freeText("我叫张三丰，联系人：李四，姓名王五")).isEqualTo("我叫张**，联系人：李*，姓名王*");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(Masking.freeText("嘉州大道 88 号路面坑洞，2026 年 11 月 20 日发现")).isEqualTo("嘉州大道 88 号路面坑洞，2026 年 11 月 20 日发现");
        assertThat(Masking.freeText(null)).isNull();
    }
}
