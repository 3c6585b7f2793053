package io.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A {@code JdbcClient ... .query(...).stream()} holds its pooled connection until the stream is closed; outside a
 * transaction nothing closes it. Such a stream is allowed only as the resource of a try-with-resources.
 */
class ClosedStreamsTests {

    /** {@code .query(} up to the matching {@code )} (two levels of nesting), then {@code .stream()}. */
    private static final Pattern STREAMED_QUERY = Pattern.compile(
            "\\.query\\((?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))*\\)\\s*\\.stream\\(\\)");

    @Test
    void everyStreamedQueryIsClosedByTryWithResources() throws IOException {
        List<String> open = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                var m = STREAMED_QUERY.matcher(source);
                while (m.find()) {
                    String statement = source.substring(source.lastIndexOf(';', m.start()) + 1, m.start());
                    if (!statement.matches("(?s).*\\btry\\s*\\(.*")) {
                        open.add(file + ": " + m.group().replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertThat(open).as("streamed queries outside try-with-resources").isEmpty();
    }

    @Test
    void theCheckFindsAnUnclosedStream() {
        String leaking = "return jdbc.sql(\"select year from calendar_notice\").query(Integer.class).stream().toList();";
        assertThat(STREAMED_QUERY.matcher(leaking).find()).isTrue();
    }
}
