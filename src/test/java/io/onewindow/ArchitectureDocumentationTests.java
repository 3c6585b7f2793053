package io.onewindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;

/**
 * docs/architecture.md cannot drift from the code: its dependency table is the modules' declared
 * {@code allowedDependencies}, which ModularityTests enforces.
 */
class ArchitectureDocumentationTests {

    static final String START = "<!-- module-dependencies: start (checked by ArchitectureDocumentationTests) -->";
    static final String END = "<!-- module-dependencies: end -->";

    @Test
    void theDependencyTableInTheDocsIsTheOneTheModulesDeclare() throws Exception {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        assertThat(doc).contains(START).contains(END);
        String documented = doc.substring(doc.indexOf(START) + START.length(), doc.indexOf(END)).strip();
        String declared = table();
        assertThat(documented).as("paste this between the markers in docs/architecture.md:\n" + declared)
                .isEqualTo(declared);
    }

    /** One row per module, in alphabetical order: the module and what it may use. */
    static String table() throws IOException, ClassNotFoundException {
        List<String> rows = new ArrayList<>(List.of("| module | may use |", "|---|---|"));
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/io/onewindow"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString();
                Class.forName("io.onewindow." + name + ".package-info");
                ApplicationModule module = Package.getPackage("io.onewindow." + name)
                        .getAnnotation(ApplicationModule.class);
                String uses = module.allowedDependencies().length == 0 ? "—"
                        : String.join(", ", Stream.of(module.allowedDependencies()).map(d -> "`" + d + "`").toList());
                rows.add("| `" + name + "` | " + uses + " |");
            }
        }
        return String.join("\n", rows);
    }
}
