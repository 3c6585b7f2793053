package io.onewindow.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inspection results and the 五清单. */
@Repository
public class ResultRepository {

    /** An entry of 一目录五清单. */
    public record Entry(int id, String list, String field, String conduct, String conditions, String legalBasis,
            String discretion) {

        public String listLabel() {
            return switch (list) {
                case "NOT" -> "不予处罚清单";
                case "EXEMPT" -> "免予处罚清单";
                case "MITIGATE" -> "减轻处罚清单";
                case "LIGHTER" -> "从轻处罚清单";
                default -> "从重处罚清单";
            };
        }
    }

    /** A recorded result as published (no photo bytes; the page links to it). */
    public record Published(int ordinal, String creditCode, String outcome, String findings, Entry entry,
            String entryReason, String acknowledgement, boolean photo, LocalDate reinspectBy, LocalDate inspectedOn,
            LocalDate publishDue, LocalDate recordedOn, Boolean corrected, String reinspectionFindings) {

        /** Ordered corrected and not yet checked again. */
        public boolean awaitingReinspection() {
            return outcome.equals("RECTIFY") && corrected == null;
        }

        public String outcomeLabel() {
            return Results.outcome(outcome).label();
        }

        /** Published after the 20 working days (国办发〔2015〕58号). */
        public boolean late() {
            return recordedOn.isAfter(publishDue);
        }
    }

    private final JdbcClient jdbc;

    ResultRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> entries() {
        return jdbc.sql("select * from inspection_penalty_entry order by id").query(ResultRepository::entry).list();
    }

    Optional<Entry> entry(int id) {
        return jdbc.sql("select * from inspection_penalty_entry where id = ?").param(id).query(ResultRepository::entry).optional();
    }

    boolean exists(UUID planId, int ordinal) {
        return jdbc.sql("select exists (select 1 from inspection_result where plan_id = ? and ordinal = ?)")
                .params(planId, ordinal).query(Boolean.class).single();
    }

    void insert(UUID planId, int ordinal, String outcome, String findings, Integer entryId, String entryReason,
            String acknowledgement, byte[] photo, String photoType, LocalDate reinspectBy, LocalDate inspectedOn,
            LocalDate publishDue, String recordedBy) {
        jdbc.sql("""
                insert into inspection_result (plan_id, ordinal, outcome, findings, entry_id, entry_reason, acknowledgement,
                  photo, photo_type, reinspect_by, inspected_on, publish_due, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(planId, ordinal, outcome, findings, entryId, entryReason, acknowledgement, photo, photoType,
                        reinspectBy, inspectedOn, publishDue, recordedBy).update();
    }

    /** A plan's results, by visit. */
    public List<Published> ofPlan(UUID planId) {
        return jdbc.sql(SELECT + " where r.plan_id = ? order by r.ordinal").param(planId).query(this::published).list();
    }

    /** An entity's results inspected on or after the date, newest first. */
    List<Published> ofEntitySince(String creditCode, LocalDate since) {
        return jdbc.sql(SELECT + " where v.credit_code = ? and r.inspected_on >= ? order by r.inspected_on desc")
                .params(creditCode, since).query(this::published).list();
    }

    /** The photo and its type, if the result has one. */
    public Optional<Object[]> photo(UUID planId, int ordinal) {
        return jdbc.sql("select photo, photo_type from inspection_result where plan_id = ? and ordinal = ? and photo is not null")
                .params(planId, ordinal).query((rs, n) -> new Object[] {rs.getBytes(1), rs.getString(2)}).optional();
    }

    private static final String SELECT = """
            select r.*, v.credit_code, e.id as e_id, e.list, e.field, e.conduct, e.conditions, e.legal_basis, e.discretion,
              r.photo is not null as has_photo, cast(r.recorded_at at time zone 'Asia/Shanghai' as date) as recorded_on,
              x.corrected, x.findings as reinspection_findings
            from inspection_result r join inspection_visit v on v.plan_id = r.plan_id and v.ordinal = r.ordinal
            left join inspection_penalty_entry e on e.id = r.entry_id
            left join inspection_reinspection x on x.plan_id = r.plan_id and x.ordinal = r.ordinal""";

    private Published published(ResultSet rs, int n) throws SQLException {
        Entry e = rs.getObject("e_id") == null ? null : new Entry(rs.getInt("e_id"), rs.getString("list"),
                rs.getString("field"), rs.getString("conduct"), rs.getString("conditions"), rs.getString("legal_basis"),
                rs.getString("discretion"));
        return new Published(rs.getInt("ordinal"), rs.getString("credit_code"), rs.getString("outcome"),
                rs.getString("findings"), e, rs.getString("entry_reason"), rs.getString("acknowledgement"),
                rs.getBoolean("has_photo"), rs.getObject("reinspect_by", LocalDate.class),
                rs.getObject("inspected_on", LocalDate.class), rs.getObject("publish_due", LocalDate.class),
                rs.getObject("recorded_on", LocalDate.class), (Boolean) rs.getObject("corrected"),
                rs.getString("reinspection_findings"));
    }

    void insertReinspection(UUID planId, int ordinal, boolean corrected, String findings, LocalDate inspectedOn,
            String recordedBy) {
        jdbc.sql("""
                insert into inspection_reinspection (plan_id, ordinal, corrected, findings, inspected_on, recorded_by)
                values (?, ?, ?, ?, ?, ?)""").params(planId, ordinal, corrected, findings, inspectedOn, recordedBy).update();
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getInt("id"), rs.getString("list"), rs.getString("field"), rs.getString("conduct"),
                rs.getString("conditions"), rs.getString("legal_basis"), rs.getString("discretion"));
    }
}
