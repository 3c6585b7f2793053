package io.onewindow.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The history generator behind bench/scale.sh writes cases a city would have: the given number, within the years,
 * over many items with a few frequent ones, mostly decided, open ones only in the last weeks, each with its
 * timeline. Rolled back afterwards, so the rest of the suite never sees them.
 */
@IntegrationTest
class HistoricalCasesIntegrationTests {

    @Autowired
    HistoricalCases history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void generatedCasesLookLikeACitysHistory() {
        LocalDate until = LocalDate.of(2026, 11, 30);
        transactions.executeWithoutResult(tx -> {
            List<Long> progress = new ArrayList<>();
            history.generate(5_000, 3, until, progress::add);
            assertThat(progress).containsExactly(5_000L);
            assertThat(count("select count(*) from casework_case where number like 'H%'")).isEqualTo(5_000);
            assertThat(count("select count(*) from casework_case where number like 'H%' and (submitted_at < date '2023-11-29' or submitted_at > date '2026-12-01')")).isZero();
            Map<String, Long> byStatus = new java.util.HashMap<>();
            jdbc.sql("select status, count(*) from casework_case where number like 'H%' group by status")
                    .query((rs, n) -> byStatus.put(rs.getString(1), rs.getLong(2))).list();
            assertThat(byStatus.get("APPROVED")).isGreaterThan(4_000);
            assertThat(byStatus).containsKeys("DENIED", "REJECTED");
            // open cases only in the last weeks; decided ones with a decision date
            assertThat(count("select count(*) from casework_case where number like 'H%' and status in ('ACCEPTED', 'CORRECTION_REQUIRED') and submitted_at < date '2026-11-09'")).isZero();
            assertThat(count("select count(*) from casework_case where number like 'H%' and status in ('APPROVED', 'DENIED', 'REJECTED') and decided_on is null")).isZero();
            // many items, a few of them frequent
            long items = count("select count(distinct item_code) from casework_case where number like 'H%'");
            long top = count("select max(n) from (select count(*) n from casework_case where number like 'H%' group by item_code) t");
            assertThat(items).isGreaterThan(20);
            assertThat(top).isGreaterThan(5_000 / items * 3);
            assertThat(count("select count(*) from casework_event e join casework_case c on c.id = e.case_id where c.number like 'H%'"))
                    .isGreaterThan(10_000);
            tx.setRollbackOnly();
        });
        assertThat(count("select count(*) from casework_case where number like 'H%'")).isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
