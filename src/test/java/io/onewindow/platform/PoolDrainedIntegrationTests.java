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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs after every other test class (see junit-platform.properties): once the suite's requests, imports and
 * matching runs are over, every pooled connection must be back, and every event delivered and gone. A connection kept by a forgotten stream or an
 * unclosed result set shows here, long before a city notices the platform has stopped answering.
 */
@IntegrationTest
@Order(Integer.MAX_VALUE)
class PoolDrainedIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyConnectionIsBackInThePoolAfterTheSuite() {
        var pool = ((HikariDataSource) dataSource).getHikariPoolMXBean();
        // background work started by earlier tests (matching, imports) may still be finishing
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(pool.getActiveConnections()).as("active connections").isZero());
        assertThat(pool.getThreadsAwaitingConnection()).isZero();
    }

    @Test
    void deliveredEventsLeaveNoRowsBehind() {
        // the suite published hundreds of events (approvals, 回访, notices); delivered ones must not accumulate
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(jdbc.sql("select count(*) from event_publication").query(Long.class).single())
                        .as("event publications left in the registry").isZero());
    }
}
