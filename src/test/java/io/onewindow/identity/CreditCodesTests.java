package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.identity.synthetic.SyntheticIdentities;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodesTests {

    @Test
    void standardsWorkedExample() {
        // GB 32100: 91350100M000100Y4? → Σ = 1640, 1640 mod 31 = 28, 31 − 28 = 3
        assertThat(CreditCodes.checkChar("91350100M000100Y4")).isEqualTo('3');
        CreditCodeCheck check = CreditCodes.check("91350100M000100Y43");
        assertThat(check.valid()).isTrue();
        assertThat(check.regionCode()).isEqualTo("350100");
        assertThat(check.entityTypeName()).isEqualTo("企业");
        assertThat(check.organizationCode()).isEqualTo("M000100Y4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "91440300708461136T", "91110000710926094P", "91330100799655058B",
        "91110108551385082Q"})
    void realCodesAreValid(String code) {
        assertThat(CreditCodes.check(code).valid()).as(code).isTrue();
    }

    @Test
    void organisationCodeCheckPerGb11714() {
        // 华为: 主体标识码 19220382-1
        assertThat(CreditCodes.organizationCheckChar("19220382")).isEqualTo('1');
        assertThat(CreditCodes.organizationCheckChar("M000100Y")).isEqualTo('4');
    }

    @Test
    void everySingleCharacterMutationIsRefused() {
        String valid = "914403001922038216";
        for (int i = 0; i < 18; i++) {
            for (char c : CreditCodes.CHARSET.toCharArray()) {
                if (c == valid.charAt(i)) {
                    continue;
                }
                String mutated = valid.substring(0, i) + c + valid.substring(i + 1);
                assertThat(CreditCodes.check(mutated).valid()).as(mutated).isFalse();
            }
        }
    }

    @Test
    void refusesLettersOutsideTheCharset() {
        CreditCodeCheck check = CreditCodes.check("91350100I000100Y43");
        assertThat(check.valid()).isFalse();
        assertThat(check.reason()).contains("第9位“I”").contains("不使用 I、O、Z、S、V");
    }

    @Test
    void refusesLettersInTheRegionPart() {
        assertThat(CreditCodes.check("9135A100M000100Y43").reason()).contains("第5位").contains("只能是数字");
    }

    @Test
    void namesTheWrongCheckCharacter() {
        assertThat(CreditCodes.check("91350100M000100Y44").reason()).contains("第18位校验码应为“3”");
        assertThat(CreditCodes.check("91350100M000100Y53").reason()).contains("第17位");
    }

    @Test
    void pilotCodesAreAcceptedOnlyWhenListed() {
        assertThat(CreditCodes.check("91350100M0001TGQXM").valid()).isFalse();
        CreditCodeCheck check = CreditCodes.check("91350100M0001TGQXM", Set.of("91350100M0001TGQXM"));
        assertThat(check.valid()).isTrue();
        assertThat(check.note()).contains("早期试点代码");
    }

    @Test
    void lowerCaseIsNormalised() {
        assertThat(CreditCodes.check("91440300708461136t").code()).isEqualTo("91440300708461136T");
    }

    @Test
    void syntheticCodesAreValid() {
        for (long serial = 0; serial < 2_000; serial += 7) {
            String code = SyntheticIdentities.creditCode("91", "511102", serial * 104_729L);
            assertThat(CreditCodes.check(code).valid()).as(code).isTrue();
        }
    }
}
