package io.onewindow.reform.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PlanLoading as loaded: versions, measures, milestones, targets. */
@Repository
public class WorkPlanRepository {

    public record PlanInfo(UUID id, String code, int version, int year, String title, String document,
            LocalDate issuedOn, String office, int reportEveryMonths, int reportDueWorkingDays, int answerWorkingDays,
            String sourceHash, String status, boolean publicView, String loadedBy, Instant loadedAt) {
    }

    public record MeasureRow(String key, int ordinal, String chapterNumber, String chapterTitle, int taskNumber,
            String taskTitle, String title, String leadUnit, List<String> coUnits, LocalDate deadline) {
    }

    public record MilestoneRow(String measureKey, int ordinal, String title, LocalDate dueOn) {
    }

    /** {@code targetValue} null: watched without a number; {@code figureKey} null: reported by the unit. */
    public record TargetRow(String measureKey, int ordinal, String label, String unit, String direction,
            BigDecimal targetValue, BigDecimal baseline, String figureKey) {

        public boolean measured() {
            return figureKey != null;
        }
    }

    private final JdbcClient jdbc;

    WorkPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PlanInfo> published() {
        return jdbc.sql("select * from reform_plan where status = 'PUBLISHED' order by year desc, code").query(this::plan).list();
    }

    public Optional<PlanInfo> published(String code) {
        return jdbc.sql("select * from reform_plan where status = 'PUBLISHED' and code = ?").param(code).query(this::plan).optional();
    }

    public List<PlanInfo> versions(String code) {
        return jdbc.sql("select * from reform_plan where code = ? order by version desc").param(code).query(this::plan).list();
    }

    /** Serialises loads of one plan code until the transaction ends (on every node: a database lock). */
    void lockCode(String code) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('reform_plan:' || ?))").param(code).query((rs, n) -> 1).list();
    }

    int nextVersion(String code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from reform_plan where code = ?").param(code)
                .query(Integer.class).single();
    }

    void retire(String code) {
        jdbc.sql("update reform_plan set status = 'RETIRED' where code = ? and status = 'PUBLISHED'").param(code).update();
    }

    void insertPlan(PlanInfo p, String source) {
        jdbc.sql("""
                insert into reform_plan (id, code, version, year, title, document, issued_on, office_unit,
                  report_every_months, report_due_working_days, answer_working_days, source, source_hash, status,
                  public_view, loaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?)""")
                .params(p.id(), p.code(), p.version(), p.year(), p.title(), p.document(), p.issuedOn(), p.office(),
                        p.reportEveryMonths(), p.reportDueWorkingDays(), p.answerWorkingDays(), source, p.sourceHash(),
                        p.publicView(), p.loadedBy()).update();
    }

    void insertMeasure(UUID planId, MeasureRow m) {
        jdbc.sql("""
                insert into reform_measure (plan_id, key, ordinal, chapter_number, chapter_title, task_number, task_title,
                  title, lead_unit, co_units, deadline) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(planId, m.key(), m.ordinal(), m.chapterNumber(), m.chapterTitle(), m.taskNumber(), m.taskTitle(),
                        m.title(), m.leadUnit(), String.join(",", m.coUnits()), m.deadline()).update();
    }

    void insertMilestone(UUID planId, MilestoneRow s) {
        jdbc.sql("insert into reform_milestone (plan_id, measure_key, ordinal, title, due_on) values (?, ?, ?, ?, ?)")
                .params(planId, s.measureKey(), s.ordinal(), s.title(), s.dueOn()).update();
    }

    void insertTarget(UUID planId, TargetRow t) {
        jdbc.sql("""
                insert into reform_target (plan_id, measure_key, ordinal, label, unit, direction, target_value, baseline,
                  figure_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(planId, t.measureKey(), t.ordinal(), t.label(), t.unit(), t.direction(), t.targetValue(),
                        t.baseline(), t.figureKey()).update();
    }

    void setPublicView(UUID planId, boolean publicView) {
        jdbc.sql("update reform_plan set public_view = ? where id = ?").params(publicView, planId).update();
    }

    public List<MeasureRow> measures(UUID planId) {
        return jdbc.sql("select * from reform_measure where plan_id = ? order by ordinal").param(planId)
                .query((rs, n) -> new MeasureRow(rs.getString("key"), rs.getInt("ordinal"), rs.getString("chapter_number"),
                        rs.getString("chapter_title"), rs.getInt("task_number"), rs.getString("task_title"),
                        rs.getString("title"), rs.getString("lead_unit"), units(rs.getString("co_units")),
                        rs.getObject("deadline", LocalDate.class))).list();
    }

    public List<MilestoneRow> milestones(UUID planId) {
        return jdbc.sql("select * from reform_milestone where plan_id = ? order by measure_key, ordinal").param(planId)
                .query((rs, n) -> new MilestoneRow(rs.getString("measure_key"), rs.getInt("ordinal"), rs.getString("title"),
                        rs.getObject("due_on", LocalDate.class))).list();
    }

    public List<TargetRow> targets(UUID planId) {
        return jdbc.sql("select * from reform_target where plan_id = ? order by measure_key, ordinal").param(planId)
                .query((rs, n) -> new TargetRow(rs.getString("measure_key"), rs.getInt("ordinal"), rs.getString("label"),
                        rs.getString("unit"), rs.getString("direction"), rs.getBigDecimal("target_value"),
                        rs.getBigDecimal("baseline"), rs.getString("figure_key"))).list();
    }

    private static List<String> units(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::strip).toList();
    }

    private PlanInfo plan(ResultSet rs, int n) throws SQLException {
        return new PlanInfo(rs.getObject("id", UUID.class), rs.getString("code"), rs.getInt("version"), rs.getInt("year"),
                rs.getString("title"), rs.getString("document"), rs.getObject("issued_on", LocalDate.class),
                rs.getString("office_unit"), rs.getInt("report_every_months"), rs.getInt("report_due_working_days"),
                rs.getInt("answer_working_days"), rs.getString("source_hash"), rs.getString("status"),
                rs.getBoolean("public_view"), rs.getString("loaded_by"), rs.getTimestamp("loaded_at").toInstant());
    }
}
