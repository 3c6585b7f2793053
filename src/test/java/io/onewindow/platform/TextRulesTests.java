package io.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTests {

    @Test
    void controlCharactersAndBrokenSurrogatesAreRefusedTabsAndNewlinesAreNot() {
        assertThat(TextRules.problem("内容", "a\u0000b", 100)).hasValueSatisfying(p -> assertThat(p).contains("U+0000"));
        assertThat(TextRules.problem("内容", "a\u0085b", 100)).isPresent();
        assertThat(TextRules.problem("内容", "a\uD800b", 100)).hasValueSatisfying(p -> assertThat(p).contains("不成对"));
        assertThat(TextRules.problem("内容", "b\uDC00", 100)).isPresent();
        assertThat(TextRules.problem("内容", "第一行\n第二行\t制表\r\n", 100)).isEmpty();
        assertThat(TextRules.problem("内容", "😀🏠 emoji are whole pairs", 100)).isEmpty();
    }

    @Test
    void lengthIsBounded() {
        assertThat(TextRules.problem("内容", "x".repeat(101), 100)).hasValueSatisfying(p -> assertThat(p).contains("100"));
        assertThat(TextRules.problem("内容", "x".repeat(100), 100)).isEmpty();
    }

    @Test
    void nonFiniteSpellingsAreRecognised() {
        assertThat(TextRules.isNonFinite("NaN")).isTrue();
        assertThat(TextRules.isNonFinite(" -Infinity ")).isTrue();
        assertThat(TextRules.isNonFinite("1e308")).isFalse();
        assertThat(TextRules.isNonFinite("南")).isFalse();
    }
}
