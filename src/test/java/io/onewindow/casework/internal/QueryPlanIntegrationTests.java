package io.onewindow.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.IntegrationTest;
import io.onewindow.hotline.internal.HotlineFigures;
import io.onewindow.hotline.internal.WorkOrderRepository;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lists people open every day are served by indexes, whatever the data: each query runs for real, in a
 * transaction with sequential scans switched off, so PostgreSQL scans a table only where no index can serve — and
 * {@code pg_stat_xact_user_tables} tells whether it did. With millions of cases such a scan is what makes a page slow
 * (bench/scale.sh measures the pages themselves).
 */
@IntegrationTest
class QueryPlanIntegrationTests {

    @Autowired
    CaseRepository cases;

    @Autowired
    OutcomeRepository outcomes;

    @Autowired
    WorkOrderRepository orders;

    @Autowired
    HotlineFigures hotlineFigures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void caseListsUseIndexes() {
        UUID someone = UUID.randomUUID();
        Map<String, Consumer<CaseRepository>> queries = Map.of(
                "我的办件", r -> r.ofApplicant(someone),
                "部门办件", r -> r.ofDepartment("511100-RSJ"),
                "窗口受理", r -> r.ofHall("511100-ZWFWZX"),
                "督办：在办", CaseRepository::accepted,
                "办件查询", r -> r.find("511102202603010001", "1235"),
                "办件", r -> r.find(someone));
        queries.forEach((page, query) -> assertThat(sequentialScans("casework_case", () -> query.accept(cases)))
                .as(page + " scans casework_case sequentially").isZero());
        assertThat(sequentialScans("casework_case", () -> outcomes.readyAt("511100-ZWFWZX", "511100"))).as("统一出件").isZero();
        assertThat(sequentialScans("casework_case", () -> outcomes.recentRefusals(someone))).as("预审：近一年不予").isZero();
    }

    @Test
    void hotlineListsAndFiguresUseIndexes() {
        assertThat(sequentialScans("hotline_order", orders::open)).as("12345 坐席：未办结").isZero();
        assertThat(sequentialScans("hotline_order", () -> hotlineFigures.of(YearMonth.of(2026, 3))))
                .as("12345 月度统计").isZero();
    }

    @Test
    void theCheckSeesAQueryNoIndexServes() {
        assertThat(sequentialScans("casework_case", () -> jdbc.sql("select count(*) from casework_case where decision_reason = 'x'")
                .query(Long.class).single())).isEqualTo(1);
    }

    /** How many sequential scans of the table the action caused, with the planner told to avoid them. */
    private long sequentialScans(String table, Runnable action) {
        return transactions.execute(tx -> {
            jdbc.sql("set local enable_seqscan = off").update();
            // statements this connection ran before keep the plan made then (e.g. a scan of a then tiny table)
            jdbc.sql("discard plans").update();
            long before = scans(table);
            action.run();
            return scans(table) - before;
        });
    }

    private long scans(String table) {
        return jdbc.sql("select coalesce(seq_scan, 0) from pg_stat_xact_user_tables where relname = ?").param(table)
                .query(Long.class).optional().orElse(0L);
    }
}
