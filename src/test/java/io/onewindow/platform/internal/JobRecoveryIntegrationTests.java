package io.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A job a crash left RUNNING is failed with a reason the user reads; a job still at work is left alone. */
@IntegrationTest
class JobRecoveryIntegrationTests {

    @Autowired
    JobRecovery recovery;

    @Autowired
    JdbcClient jdbc;

    @Test
    void silentJobsAreFailedWithAReasonAndLiveOnesAreNot() {
        UUID dead = UUID.randomUUID();
        UUID alive = UUID.randomUUID();
        jdbc.sql("insert into license_import_job (id, file_name, total, status, created_by, heartbeat_at)"
                + " values (?, 'old.xlsx', 10, 'RUNNING', 'admin', now() - interval '1 hour')").param(dead).update();
        jdbc.sql("insert into license_import_job (id, file_name, total, status, created_by) values (?, 'new.xlsx', 10,"
                + " 'RUNNING', 'admin')").param(alive).update();
        UUID run = UUID.randomUUID();
        jdbc.sql("insert into policy_match_run (id, trigger, phase, heartbeat_at) values (?, 'TEST', 'MATCHING',"
                + " now() - interval '1 hour')").param(run).update();

        assertThat(recovery.recover(Duration.ofMinutes(10))).isGreaterThanOrEqualTo(2);

        assertThat(jdbc.sql("select status || ': ' || errors from license_import_job where id = ?").param(dead)
                .query(String.class).single()).startsWith("FAILED: 导入因平台重启或异常退出而中断");
        assertThat(jdbc.sql("select status from license_import_job where id = ?").param(alive).query(String.class).single())
                .isEqualTo("RUNNING");
        assertThat(jdbc.sql("select phase from policy_match_run where id = ?").param(run).query(String.class).single())
                .isEqualTo("FAILED");
        jdbc.sql("update license_import_job set status = 'DONE' where id = ?").param(alive).update();
    }
}
