package io.onewindow.evaluation.internal;

import io.onewindow.evaluation.Evaluations;
import io.onewindow.evaluation.SatisfactionFigures;
import io.onewindow.evaluation.SatisfactionFigures.Row;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.HallId;
import io.onewindow.organization.Organization;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The public 好差评 figures, computed live from the ratings: rated, 满意 (基本满意 or better), 差评, and 差评 whose
 * 反馈 reached the rater by the due day. Ratings removed by an upheld appeal stay in the record but are not counted.
 */
@Service
class EvaluationFigures implements Evaluations {

    private static final String COUNTS = """
            select %s as key, %s as label, count(*) as rated,
                   count(*) filter (where r.level >= 3) as satisfied,
                   count(*) filter (where r.level <= 2) as bad,
                   count(*) filter (where t.replied_at is not null
                                    and (t.replied_at at time zone 'Asia/Shanghai')::date <= t.due_on) as on_time
            from evaluation_rating r left join evaluation_ticket t on t.rating_id = r.id
            where not r.excluded %s
            group by 1, 2 order by 3 desc, 1""";

    private final JdbcClient jdbc;
    private final Organization organization;
    private final io.onewindow.audit.AuditLog auditLog;

    EvaluationFigures(JdbcClient jdbc, Organization organization, io.onewindow.audit.AuditLog auditLog) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.auditLog = auditLog;
    }

    @Override
    public SatisfactionFigures figures() {
        List<Row> city = rows("'total'", "'全市'", "", UnaryOperator.identity());
        Row total = city.isEmpty() ? new Row("total", "全市", 0, 0, 0, 0) : city.get(0);
        List<Row> departments = rows("r.department_id", "null", "and r.department_id is not null", id -> organization
                .department(new DepartmentId(id)).map(d -> d.name()).orElse(id));
        List<Row> halls = rows("r.hall_id", "null", "and r.hall_id is not null", id -> organization.hall(new HallId(id))
                .map(h -> h.name()).orElse(id));
        List<Row> items = rows("r.item_code", "r.item_name", "and r.item_code is not null", UnaryOperator.identity());
        return new SatisfactionFigures(total, departments, halls, items);
    }

    @Override
    public List<Day> trend(int days) {
        return jdbc.sql("""
                select d::date as day, count(r.id) as rated,
                       count(r.id) filter (where r.level >= 3) as satisfied,
                       count(r.id) filter (where r.level <= 2) as bad
                from generate_series((now() at time zone 'Asia/Shanghai')::date - (? - 1), (now() at time zone 'Asia/Shanghai')::date,
                                     interval '1 day') d
                left join evaluation_rating r on (r.created_at at time zone 'Asia/Shanghai')::date = d::date and not r.excluded
                group by 1 order by 1""").param(days)
                .query((rs, n) -> new Day(rs.getObject("day", java.time.LocalDate.class), rs.getLong("rated"),
                        rs.getLong("satisfied"), rs.getLong("bad"))).list();
    }

    /** Counts grouped by {@code key}; the name is {@code label} when the rating stores one, else looked up. */
    private List<Row> rows(String key, String label, String filter, UnaryOperator<String> name) {
        return jdbc.sql(COUNTS.formatted(key, label, filter)).query((rs, n) -> new Row(rs.getString("key"),
                rs.getString("label") != null ? rs.getString("label") : name.apply(rs.getString("key")), rs.getLong("rated"),
                rs.getLong("satisfied"), rs.getLong("bad"), rs.getLong("on_time"))).list();
    }
}
