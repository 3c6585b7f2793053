package io.onewindow.platform;

import java.nio.file.Path;

/**
 * Present as a bean only when the platform runs its own embedded PostgreSQL (no {@code spring.datasource.url}).
 * Demo data and demo accounts are loaded only then, never against a configured database.
 *
 * @param dataDirectory PostgreSQL's data directory, or {@code null} when it is a throw-away one (tests)
 */
public record EmbeddedDatabase(Path dataDirectory) {
}
