package io.onewindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No class a newcomer dreads: a main-code file over 300 lines is split along its use cases before it grows on. */
class ClassSizeTests {

    static final int MAX_LINES = 300;

    @Test
    void noMainClassIsOverThreeHundredLines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    long lines = Files.readAllLines(f).size();
                    return lines > MAX_LINES ? f + " (" + lines + " lines)" : null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(java.util.Objects::nonNull).toList();
        }
        assertThat(tooLong).as("classes over " + MAX_LINES + " lines").isEmpty();
    }
}
