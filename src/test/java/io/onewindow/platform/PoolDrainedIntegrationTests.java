package io.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.onewindow.IntegrationTest;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs after every other test class (see junit-platform.properties): once the suite's requests, imports and
 * matching runs are over, every pooled connection must be back. A connection kept by a forgotten stream or an
 * unclosed result set shows here, long before a city notices the platform has stopped answering.
 */
@IntegrationTest
@Order(Integer.MAX_VALUE)
class PoolDrainedIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Test
    void everyConnectionIsBackInThePoolAfterTheSuite() {
        var pool = ((HikariDataSource) dataSource).getHikariPoolMXBean();
        // background work started by earlier tests (matching, imports) may still be finishing
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(pool.getActiveConnections()).as("active connections").isZero());
        assertThat(pool.getThreadsAwaitingConnection()).isZero();
    }
}
