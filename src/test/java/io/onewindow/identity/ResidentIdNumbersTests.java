package io.onewindow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumbersTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void acceptsTheStandardsOwnExamples() {
        ResidentIdCheck female = ResidentIdNumbers.check("11010519491231002X", TODAY);
        assertThat(female.valid()).isTrue();
        assertThat(female.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(female.sex()).isEqualTo("女");
        assertThat(female.regionCode()).isEqualTo("110105");

        ResidentIdCheck male = ResidentIdNumbers.check("440524188001010014", TODAY);
        assertThat(male.valid()).isTrue();
        assertThat(male.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
        assertThat(male.sex()).isEqualTo("男");
    }

    @Test
    void normalisesLowerCaseX() {
        ResidentIdCheck check = ResidentIdNumbers.check(" 11010519491231002x ", TODAY);
        assertThat(check.valid()).isTrue();
        assertThat(check.number()).isEqualTo("11010519491231002X");
    }

    @Test
    void checkCharacterMatchesTheWorkedExamples() {
        assertThat(ResidentIdNumbers.checkChar("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumbers.checkChar("44052418800101001")).isEqualTo('4');
    }

    @Test
    void everySingleDigitMutationOfAValidNumberIsRefused() {
        String valid = "11010519491231002X";
        for (int i = 0; i < 17; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == valid.charAt(i)) {
                    continue;
                }
                String mutated = valid.substring(0, i) + d + valid.substring(i + 1);
                assertThat(ResidentIdNumbers.check(mutated, TODAY).valid()).as(mutated).isFalse();
            }
        }
    }

    @Test
    void wrongCheckCharacterSaysWhatItShouldBe() {
        ResidentIdCheck check = ResidentIdNumbers.check("110105194912310021", TODAY);
        assertThat(check.valid()).isFalse();
        assertThat(check.reason()).contains("第18位应为“X”");
    }

    @Test
    void refusesImpossibleBirthDates() {
        String feb30 = "51110219900230" + "123";
        assertThat(ResidentIdNumbers.check(feb30 + ResidentIdNumbers.checkChar(feb30), TODAY).reason())
                .contains("不是真实的出生日期");
        String future = "51110220300101" + "123";
        assertThat(ResidentIdNumbers.check(future + ResidentIdNumbers.checkChar(future), TODAY).reason())
                .contains("不可能");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234", "11010519491231002XX", "1101051949123100AX", "110105491231002"})
    void refusesMalformedInputWithAChineseReason(String input) {
        ResidentIdCheck check = ResidentIdNumbers.check(input, TODAY);
        assertThat(check.valid()).isFalse();
        assertThat(check.reason()).isNotBlank().containsPattern("[\\u4e00-\\u9fa5]");
    }

    @Test
    void refusesUnknownProvince() {
        String first17 = "99010519491231002";
        assertThat(ResidentIdNumbers.check(first17 + ResidentIdNumbers.checkChar(first17), TODAY).reason())
                .contains("省级行政区划代码");
    }
}
