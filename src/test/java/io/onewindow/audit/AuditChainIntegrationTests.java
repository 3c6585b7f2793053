package io.onewindow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class AuditChainIntegrationTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Transactional
    void theChainIsIntactAfterNormalUse() {
        auditLog.record("TEST_ACTION", "test.object", "1", Map.of("v", 1), Map.of("v", 2));
        ChainVerification result = auditLog.verify();
        assertThat(result.intact()).as(result.reason()).isTrue();
        assertThat(result.entriesChecked()).isGreaterThan(1);
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    /**
     * Entries are appended as their transactions commit: many at once from 8 threads, some rolled back, leave an
     * intact chain with exactly the committed entries, in one run of sequence numbers.
     */
    @Test
    void concurrentTransactionsKeepTheChainWholeAndRolledBackOnesLeaveNothing() throws Exception {
        long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 80; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    try {
                        transactions.executeWithoutResult(tx -> {
                            auditLog.record("TEST_CONCURRENT", "test.concurrent", "c" + n, null, Map.of("n", n));
                            auditLog.record("TEST_CONCURRENT", "test.concurrent", "c" + n, Map.of("n", n), null);
                            if (n % 4 == 0) {
                                throw new IllegalStateException("rolled back");
                            }
                        });
                    } catch (IllegalStateException expected) {
                        // a failed business change: its entries must not be on the chain
                    }
                }));
            }
            for (var f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(before + 120);
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'test.concurrent' and object_id in ('c0', 'c4')")
                .query(Long.class).single()).isZero();
        ChainVerification result = auditLog.verify();
        assertThat(result.intact()).as(result.reason()).isTrue();
    }

    @Test
    void rowsCannotBeUpdatedOrDeletedThroughSql() {
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'mallory' where seq = 1").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = 1").update())
                .hasMessageContaining("append-only");
    }

    /** A database superuser can switch the trigger off; the hash chain still tells. Rolled back afterwards. */
    @Test
    @Transactional
    void anEditedRowIsDetectedAndNamed() {
        auditLog.record("TEST_ACTION", "test.object", "edited", null, Map.of("amount", 100));
        long seq = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
        jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update_delete").update();
        jdbc.sql("update audit_entry set after_state = '{\"amount\":1}' where seq = ?").param(seq).update();

        ChainVerification result = auditLog.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(seq);
        assertThat(result.reason()).contains("第 " + seq + " 条").contains("被改动");
    }

    @Test
    @Transactional
    void aDeletedRowIsDetected() {
        auditLog.record("TEST_ACTION", "test.object", "a", null, null);
        auditLog.record("TEST_ACTION", "test.object", "b", null, null);
        long last = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
        jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update_delete").update();
        jdbc.sql("delete from audit_entry where seq = ?").param(last - 1).update();

        ChainVerification result = auditLog.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(last - 1);
        assertThat(result.reason()).contains("缺失");
    }

    @Test
    @Transactional
    void aRewrittenHashBreaksTheNextLink() {
        auditLog.record("TEST_ACTION", "test.object", "x", null, Map.of("k", "v"));
        auditLog.record("TEST_ACTION", "test.object", "y", null, null);
        // entries are appended when the transaction commits, or when it reads the log itself
        assertThat(auditLog.latest("test.object", "y", 1)).hasSize(1);
        long last = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
        jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update_delete").update();
        // forge entry last-1 consistently with its own hash; the next entry's link still points at the old hash
        var forged = jdbc.sql("select * from audit_entry where seq = ?").param(last - 1).query((rs, n) -> new Object[] {
            rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("actor"),
            rs.getString("prev_hash")}).single();
        String newHash = io.onewindow.audit.internal.AuditHashingAccess.hash(last - 1, (java.time.Instant) forged[0],
                (String) forged[1], "TEST_ACTION", "test.object", "x", null, "{\"k\":\"forged\"}", (String) forged[2]);
        jdbc.sql("update audit_entry set after_state = '{\"k\":\"forged\"}', hash = ? where seq = ?")
                .params(newHash, last - 1).update();

        ChainVerification result = auditLog.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(last);
        assertThat(result.reason()).contains("链接不符");
    }
}
