package io.onewindow.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.onewindow.platform.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL (zonky's packaged binaries) when no external database is configured.
 * Its data directory is {@code $ONEWINDOW_DATA_DIR/postgres} and survives restarts; tests ask for an
 * ephemeral one. The DataSource depends on the server bean so PostgreSQL is stopped last (zonky's own
 * shutdown hook is off because it races Spring's).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseAbsent.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    DataDirectoryLock dataDirectoryLock(@Value("${onewindow.data-dir}") Path dataDir,
            @Value("${onewindow.embedded-postgres.ephemeral:false}") boolean ephemeral) throws IOException {
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        if (!ephemeral) {
            lock.stopOrphanedServer(dataDir.resolve("postgres"));
        }
        return lock;
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataDirectoryLock lock, @Value("${onewindow.data-dir}") Path dataDir,
            @Value("${onewindow.embedded-postgres.ephemeral:false}") boolean ephemeral,
            @Value("${onewindow.embedded-postgres.durable:true}") boolean durable) throws IOException {
        Path runtime = Files.createDirectories(dataDir.resolve("pg-runtime"));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setOverrideWorkingDirectory(runtime.toFile())
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("timezone", "Asia/Shanghai")
                // PostgreSQL's defaults (128 MB buffers, 1 GB of WAL between checkpoints) are sized for tiny machines;
                // bulk work such as the nightly policy matching writes millions of rows
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "4GB")
                // zonky defaults to fsync=off and synchronous_commit=off (test speed): a commit acknowledged to an
                // applicant could vanish when the process tree dies. Durable unless a throw-away test database.
                .setServerConfig("fsync", onOff(durable))
                .setServerConfig("synchronous_commit", onOff(durable))
                .setServerConfig("full_page_writes", onOff(durable));
        if (!ephemeral) {
            Path pgData = Files.createDirectories(dataDir.resolve("postgres"));
            builder.setDataDirectory(pgData).setCleanDataDirectory(false);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} ({})", postgres.getPort(),
                ephemeral ? "ephemeral data" : "data in " + dataDir.resolve("postgres").toAbsolutePath());
        return postgres;
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(@Value("${onewindow.data-dir}") Path dataDir,
            @Value("${onewindow.embedded-postgres.ephemeral:false}") boolean ephemeral) {
        return new EmbeddedDatabase(ephemeral ? null : dataDir.resolve("postgres"));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres,
            @Value("${onewindow.embedded-postgres.leak-detection-threshold:0}") long leakDetectionMillis) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setSchema("app");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("onewindow-embedded");
        // tests turn this on: a connection held longer than this is logged with the stack that took it
        dataSource.setLeakDetectionThreshold(leakDetectionMillis);
        return dataSource;
    }
}
