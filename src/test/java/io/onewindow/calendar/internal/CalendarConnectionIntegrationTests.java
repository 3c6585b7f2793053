package io.onewindow.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.onewindow.IntegrationTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The calendar snapshot reloads outside any transaction every minute; each reload once kept a pooled connection
 * (an unclosed query stream), and after ten reloads the platform stopped answering.
 */
@IntegrationTest
class CalendarConnectionIntegrationTests {

    @Autowired
    CalendarService calendar;

    @Autowired
    DataSource dataSource;

    @Test
    void reloadingTheSnapshotManyTimesGivesEveryConnectionBack() {
        var pool = ((HikariDataSource) dataSource).getHikariPoolMXBean();
        int before = pool.getActiveConnections();
        for (int i = 0; i < 3 * ((HikariDataSource) dataSource).getMaximumPoolSize(); i++) {
            calendar.invalidate();
            assertThat(calendar.snapshot().covers(2026)).isTrue();
        }
        assertThat(pool.getActiveConnections()).isLessThanOrEqualTo(before);
    }
}
