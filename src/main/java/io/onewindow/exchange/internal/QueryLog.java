package io.onewindow.exchange.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every query through the exchange, found or not, in an append-only table (nothing here updates or deletes).
 * Written in its own transaction: a query that happened stays logged even when the submission it served fails.
 */
@Repository
public class QueryLog {

    /** One logged query, for the subject's page, the provider's usage and the supervisor's figures. */
    public record Entry(long id, Instant at, String datasetCode, String datasetName, String providerName,
            String consumerName, String subjectMask, String purpose, String result, String detail) {

        public String resultLabel() {
            return label(result);
        }
    }

    /** Queries per dataset and result, for the figures. */
    public record Volume(String datasetName, String result, long count) {

        public String resultLabel() {
            return label(result);
        }
    }

    /** A query's result as people read it. */
    static String label(String result) {
        return switch (result) {
            case "FOUND" -> "已获取";
            case "NOT_FOUND" -> "无记录";
            case "NO_GRANT" -> "未获授权";
            case "NOT_SHARED" -> "不予共享";
            default -> "提供方不可用";
        };
    }

    private static final String SELECT = """
            select q.*, d.name as dataset_name, p.name as provider_name, c.name as consumer_name from exchange_query q
            join exchange_dataset d on d.code = q.dataset_code join org_department p on p.id = q.provider_department_id
            join org_department c on c.id = q.consumer_department_id
            """;

    private final JdbcClient jdbc;

    QueryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A query about to be logged: its dataset, result and what came back (summary) or why not (detail). */
    record Line(Datasets.Dataset dataset, String result, String summary, String detail) {

        static Line found(Datasets.Dataset d, String summary) {
            return new Line(d, "FOUND", summary, null);
        }

        static Line refused(Datasets.Dataset d, String result, String reason) {
            return new Line(d, result, null, reason);
        }

        io.onewindow.casework.SharedMaterials.Fetch toFetch(long queryId) {
            return new io.onewindow.casework.SharedMaterials.Fetch(result.equals("FOUND"), queryId, dataset.name(),
                    dataset.providerName(), summary, detail);
        }
    }

    /**
     * The queries of one pre-check, in one insert and one transaction of their own; returns each line's id by
     * dataset code. The commit does not wait for the disk (synchronous_commit off): whatever uses the data commits
     * after it — the case keeps its fetched materials in a normal, durable commit, and PostgreSQL writes the WAL in
     * order, so that commit makes these lines durable first. Only a database crash in the same fraction of a second,
     * before anything used the data, can lose a line (docs/exchange.md).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Map<String, Long> appendAll(List<Line> lines, String consumer, String subjectKind, UUID subjectId,
            String subjectMask, String purpose) {
        Map<String, Long> ids = new HashMap<>();
        if (lines.isEmpty()) {
            return ids;
        }
        jdbc.sql("select set_config('synchronous_commit', 'off', true)").query(String.class).single();
        List<Object> params = new ArrayList<>();
        for (Line l : lines) {
            params.addAll(Arrays.asList(l.dataset().code(), l.dataset().providerDepartmentId(), consumer, subjectKind,
                    subjectId, subjectMask, purpose, l.result(), l.detail()));
        }
        jdbc.sql("""
                insert into exchange_query (dataset_code, provider_department_id, consumer_department_id, subject_kind,
                  subject_id, subject_mask, purpose, result, detail) values """
                + String.join(", ", Collections.nCopies(lines.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                + " returning dataset_code, id").params(params)
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    /** 谁因何查询了我的数据: the queries about one citizen or enterprise, newest first. */
    public List<Entry> about(UUID subjectId, int limit) {
        return jdbc.sql(SELECT + " where q.subject_id = ? order by q.id desc limit ?").params(subjectId, limit)
                .query(QueryLog::entry).list();
    }

    /** The newest queries, optionally of one provider department. */
    public List<Entry> latest(String providerDepartmentId, int limit) {
        return jdbc.sql(SELECT + " where (cast(? as text) is null or q.provider_department_id = ?) order by q.id desc limit ?")
                .params(providerDepartmentId, providerDepartmentId, limit).query(QueryLog::entry).list();
    }

    public List<Volume> volumes() {
        return jdbc.sql("""
                select d.name, q.result, count(*) from exchange_query q join exchange_dataset d on d.code = q.dataset_code
                group by d.name, q.result order by d.name, q.result""")
                .query((rs, n) -> new Volume(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("dataset_code"),
                rs.getString("dataset_name"), rs.getString("provider_name"), rs.getString("consumer_name"),
                rs.getString("subject_mask"), rs.getString("purpose"), rs.getString("result"), rs.getString("detail"));
    }
}
