package io.onewindow.reform.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What units and the office do on a plan: claims, reports, milestones done, 督办单 — by plan code and measure key. */
@Repository
public class WorkRepository {

    public record Claim(String measureKey, String unitId, String responsible, String contact, String steps, String status,
            String claimedBy, Instant claimedAt, String confirmedBy) {
    }

    /** A report without its file (the file is read on its own). */
    public record Report(UUID id, String measureKey, String unitId, String period, String status, int percent,
            String narrative, String targetValues, String reportedBy, Instant reportedAt, String fileName) {
    }

    public record Notice(UUID id, String number, String measureKey, String unitId, Integer milestoneOrdinal,
            String reason, String issuedBy, Instant issuedAt, LocalDate answerDue, String answer, String answeredBy,
            Instant answeredAt, String status, Instant escalatedAt) {

        public boolean open() {
            return status.equals("ISSUED");
        }
    }

    public record StoredFile(String name, String type, byte[] content) {
    }

    private final JdbcClient jdbc;

    WorkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Claim> claims(String planCode) {
        return jdbc.sql("select * from reform_claim where plan_code = ? order by measure_key, unit_id").param(planCode)
                .query(WorkRepository::claim).list();
    }

    Optional<Claim> claim(String planCode, String measureKey, String unitId) {
        return jdbc.sql("select * from reform_claim where plan_code = ? and measure_key = ? and unit_id = ?")
                .params(planCode, measureKey, unitId).query(WorkRepository::claim).optional();
    }

    void upsertClaim(String planCode, Claim c) {
        jdbc.sql("""
                insert into reform_claim (plan_code, measure_key, unit_id, responsible, contact, steps, status, claimed_by,
                  claimed_at) values (?, ?, ?, ?, ?, ?, ?, ?, now())
                on conflict (plan_code, measure_key, unit_id) do update set responsible = excluded.responsible,
                  contact = excluded.contact, steps = excluded.steps, status = excluded.status,
                  claimed_by = excluded.claimed_by, claimed_at = now(), confirmed_by = null, confirmed_at = null""")
                .params(planCode, c.measureKey(), c.unitId(), c.responsible(), c.contact(), c.steps(), c.status(),
                        c.claimedBy()).update();
    }

    void assign(String planCode, String measureKey, String unitId, String by) {
        jdbc.sql("""
                insert into reform_claim (plan_code, measure_key, unit_id, status, assigned_by) values (?, ?, ?, 'ASSIGNED', ?)
                on conflict (plan_code, measure_key, unit_id) do nothing""").params(planCode, measureKey, unitId, by).update();
    }

    boolean confirm(String planCode, String measureKey, String unitId, String by) {
        return jdbc.sql("""
                update reform_claim set status = 'CONFIRMED', confirmed_by = ?, confirmed_at = now()
                where plan_code = ? and measure_key = ? and unit_id = ? and status = 'CLAIMED'""")
                .params(by, planCode, measureKey, unitId).update() == 1;
    }

    public List<Report> reports(String planCode) {
        return jdbc.sql("""
                select id, measure_key, unit_id, period, status, percent, narrative, target_values, reported_by, reported_at,
                  file_name from reform_report where plan_code = ? order by reported_at desc""").param(planCode)
                .query((rs, n) -> new Report(rs.getObject("id", UUID.class), rs.getString("measure_key"),
                        rs.getString("unit_id"), rs.getString("period"), rs.getString("status"), rs.getInt("percent"),
                        rs.getString("narrative"), rs.getString("target_values"), rs.getString("reported_by"),
                        rs.getTimestamp("reported_at").toInstant(), rs.getString("file_name"))).list();
    }

    /** Stores the period's report, replacing one sent for the same period; returns its id. */
    UUID saveReport(String planCode, Report r, StoredFile file) {
        jdbc.sql("delete from reform_milestone_done where report_id in (select id from reform_report where plan_code = ? "
                + "and measure_key = ? and unit_id = ? and period = ?)").params(planCode, r.measureKey(), r.unitId(), r.period()).update();
        jdbc.sql("delete from reform_report where plan_code = ? and measure_key = ? and unit_id = ? and period = ?")
                .params(planCode, r.measureKey(), r.unitId(), r.period()).update();
        jdbc.sql("""
                insert into reform_report (id, plan_code, measure_key, unit_id, period, status, percent, narrative,
                  target_values, reported_by, file_name, file_type, file_content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), planCode, r.measureKey(), r.unitId(), r.period(), r.status(), r.percent(), r.narrative(),
                        r.targetValues(), r.reportedBy(), file == null ? null : file.name(), file == null ? null : file.type(),
                        file == null ? null : file.content()).update();
        return r.id();
    }

    Optional<StoredFile> reportFile(String planCode, UUID reportId) {
        return jdbc.sql("select file_name, file_type, file_content from reform_report where plan_code = ? and id = ? "
                + "and file_content is not null").params(planCode, reportId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    Optional<Report> report(String planCode, UUID reportId) {
        return reports(planCode).stream().filter(r -> r.id().equals(reportId)).findFirst();
    }

    void milestoneDone(String planCode, String measureKey, int ordinal, LocalDate on, UUID reportId) {
        jdbc.sql("""
                insert into reform_milestone_done (plan_code, measure_key, ordinal, done_on, report_id) values (?, ?, ?, ?, ?)
                on conflict (plan_code, measure_key, ordinal) do nothing""").params(planCode, measureKey, ordinal, on, reportId)
                .update();
    }

    /** "measureKey#ordinal" → the day it was reported done. */
    public java.util.Map<String, LocalDate> milestonesDone(String planCode) {
        java.util.Map<String, LocalDate> done = new java.util.HashMap<>();
        jdbc.sql("select measure_key, ordinal, done_on from reform_milestone_done where plan_code = ?").param(planCode)
                .query(rs -> {
                    done.put(rs.getString(1) + "#" + rs.getInt(2), rs.getObject(3, LocalDate.class));
                });
        return done;
    }

    public List<Notice> notices(String planCode) {
        return jdbc.sql("select * from reform_notice where plan_code = ? order by issued_at desc").param(planCode)
                .query(WorkRepository::notice).list();
    }

    Optional<Notice> notice(UUID id) {
        return jdbc.sql("select * from reform_notice where id = ?").param(id).query(WorkRepository::notice).optional();
    }

    /** 督办单 past their answer date, not answered and not escalated yet, of any plan. */
    List<Notice> overdueNotices(LocalDate today) {
        return jdbc.sql("select * from reform_notice where status = 'ISSUED' and answer_due < ? and escalated_at is null")
                .param(today).query(WorkRepository::notice).list();
    }

    /** The office of the plan a 督办单 belongs to. */
    Optional<String> officeOf(UUID noticeId) {
        return jdbc.sql("""
                select p.office_unit from reform_notice n join reform_plan p on p.code = n.plan_code and p.status = 'PUBLISHED'
                where n.id = ?""").param(noticeId).query(String.class).optional();
    }

    String nextNoticeNumber(int year) {
        return "DB" + year + String.format("%05d", jdbc.sql("select nextval('reform_notice_serial')").query(Long.class).single());
    }

    void insertNotice(String planCode, Notice n) {
        jdbc.sql("""
                insert into reform_notice (id, number, plan_code, measure_key, unit_id, milestone_ordinal, reason, issued_by,
                  answer_due, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED')""")
                .params(n.id(), n.number(), planCode, n.measureKey(), n.unitId(), n.milestoneOrdinal(), n.reason(),
                        n.issuedBy(), n.answerDue()).update();
    }

    boolean answer(UUID id, String answer, String by) {
        return jdbc.sql("""
                update reform_notice set answer = ?, answered_by = ?, answered_at = now(), status = 'ANSWERED'
                where id = ? and status = 'ISSUED'""").params(answer, by, id).update() == 1;
    }

    boolean escalated(UUID id) {
        return jdbc.sql("update reform_notice set escalated_at = now() where id = ? and escalated_at is null").param(id)
                .update() == 1;
    }

    private static Claim claim(ResultSet rs, int n) throws SQLException {
        var at = rs.getTimestamp("claimed_at");
        return new Claim(rs.getString("measure_key"), rs.getString("unit_id"), rs.getString("responsible"),
                rs.getString("contact"), rs.getString("steps"), rs.getString("status"), rs.getString("claimed_by"),
                at == null ? null : at.toInstant(), rs.getString("confirmed_by"));
    }

    private static Notice notice(ResultSet rs, int n) throws SQLException {
        var answered = rs.getTimestamp("answered_at");
        var escalated = rs.getTimestamp("escalated_at");
        return new Notice(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("measure_key"),
                rs.getString("unit_id"), (Integer) rs.getObject("milestone_ordinal"), rs.getString("reason"),
                rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(), rs.getObject("answer_due", LocalDate.class),
                rs.getString("answer"), rs.getString("answered_by"), answered == null ? null : answered.toInstant(),
                rs.getString("status"), escalated == null ? null : escalated.toInstant());
    }
}
