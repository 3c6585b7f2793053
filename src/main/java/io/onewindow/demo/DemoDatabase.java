package io.onewindow.demo;

import io.onewindow.platform.EmbeddedDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether demo data (accounts with the published password among it) may go into this database: always into the
 * embedded one; into a configured one only when the operator says so explicitly with
 * {@code onewindow.demo-data.into-configured-database=true} — a staging or benchmark database, never production.
 */
@Component
class DemoDatabase {

    private final boolean allowed;

    DemoDatabase(ObjectProvider<EmbeddedDatabase> embedded,
            @Value("${onewindow.demo-data.into-configured-database:false}") boolean intoConfigured) {
        this.allowed = embedded.getIfAvailable() != null || intoConfigured;
    }

    boolean allowed() {
        return allowed;
    }
}
