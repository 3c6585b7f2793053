package io.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextScannerTests {

    @Test
    void escapedControlCharactersAndLoneSurrogatesAreFound() {
        assertThat(JsonTextScanner.problem("{\"a\":\"x\\u0000y\"}", 100)).isPresent();
        assertThat(JsonTextScanner.problem("{\"a\":\"\\ud800\"}", 100)).isPresent();
        assertThat(JsonTextScanner.problem("{\"a\\u0007\":1}", 100)).as("names too").isPresent();
        assertThat(JsonTextScanner.problem("{\"a\":\"NaN\"}", 100)).isPresent();
    }

    @Test
    void ordinaryJsonPasses() {
        assertThat(JsonTextScanner.problem("{\"a\":\"第一行\\n第二行\",\"b\":[1,2.5,null,true],\"c\":\"\\ud83d\\ude00\","
                + "\"d\":\"\\\\u0000 is text here\"}", 100)).isEmpty();
    }

    @Test
    void overLongStringsAreFoundWithoutReadingThemWhole() {
        assertThat(JsonTextScanner.problem("{\"a\":\"" + "9".repeat(1_000_000) + "\"}", 65_536)).isPresent();
    }
}
