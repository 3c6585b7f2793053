package io.onewindow.license.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The verification cache's promise: a change on this node is seen as soon as it commits (not before), and a change
 * made by another node — here, straight in the database — within {@link VerificationCache#STALENESS}, not later.
 */
@IntegrationTest
class VerificationCacheIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aRevocationElsewhereIsSeenWithinTheStalenessBound() {
        AtomicLong nanos = new AtomicLong();
        VerificationCache cache = new VerificationCache(jdbc, nanos::get);
        String id = validLicence();
        assertThat(cache.standing(id)).get().extracting(VerificationCache.Standing::status).isEqualTo("VALID");
        try {
            jdbc.sql("update license_license set status = 'REVOKED', status_reason = '测试：他节点注销', status_at = now() where id = ?")
                    .param(id).update();
            nanos.addAndGet(VerificationCache.STALENESS.minusSeconds(1).toNanos());
            assertThat(cache.standing(id).orElseThrow().status()).as("within the bound: may still be the old answer")
                    .isEqualTo("VALID");
            nanos.addAndGet(Duration.ofSeconds(2).toNanos());
            assertThat(cache.standing(id).orElseThrow().status()).as("past the bound: the new answer").isEqualTo("REVOKED");
            assertThat(cache.standing(id).orElseThrow().reason()).isEqualTo("测试：他节点注销");
        } finally {
            jdbc.sql("update license_license set status = 'VALID', status_reason = null, status_at = null where id = ?").param(id).update();
        }
    }

    @Test
    void aChangeOnThisNodeIsSeenWhenItCommitsAndNotBefore() {
        VerificationCache cache = new VerificationCache(jdbc, () -> 0L);
        String id = validLicence();
        cache.standing(id);
        try {
            transactions.executeWithoutResult(tx -> {
                jdbc.sql("update license_license set status = 'REVOKED', status_reason = '测试', status_at = now() where id = ?")
                        .param(id).update();
                cache.licencesChanged(List.of(id));
                // not yet committed: an invalidation now would let this read put the old status back
                assertThat(cache.standing(id).orElseThrow().status()).isEqualTo("VALID");
            });
            assertThat(cache.standing(id).orElseThrow().status()).isEqualTo("REVOKED");
        } finally {
            jdbc.sql("update license_license set status = 'VALID', status_reason = null, status_at = null where id = ?").param(id).update();
        }
    }

    private String validLicence() {
        return jdbc.sql("select id from license_license where status = 'VALID' order by id limit 1").query(String.class).single();
    }
}
