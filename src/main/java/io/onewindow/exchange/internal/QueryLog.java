package io.onewindow.exchange.internal;

import java.time.Instant;
import java.util.List;
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

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long append(String datasetCode, String provider, String consumer, String subjectKind, java.util.UUID subjectId,
            String subjectMask, String purpose, String result, String detail) {
        return jdbc.sql("""
                insert into exchange_query (dataset_code, provider_department_id, consumer_department_id, subject_kind,
                  subject_id, subject_mask, purpose, result, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(datasetCode, provider, consumer, subjectKind, subjectId, subjectMask, purpose, result, detail)
                .query(Long.class).single();
    }

    /** 谁因何查询了我的数据: the queries about one citizen or enterprise, newest first. */
    public List<Entry> about(java.util.UUID subjectId, int limit) {
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
