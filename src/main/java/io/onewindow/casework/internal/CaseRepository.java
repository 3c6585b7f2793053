package io.onewindow.casework.internal;

import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.casework.Channel;
import io.onewindow.platform.OneWindowException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class CaseRepository {

    private static final TypeReference<Map<String, String>> FORM = new TypeReference<>() { };
    private static final TypeReference<List<String>> NOTICE = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final FormSealing sealing;

    CaseRepository(JdbcClient jdbc, JsonMapper json, FormSealing sealing) {
        this.jdbc = jdbc;
        this.json = json;
        this.sealing = sealing;
    }

    void insert(CaseRecord c) {
        jdbc.sql("""
                insert into casework_case (id, number, item_code, item_version, department_id, region_id, channel,
                    applicant_kind, applicant_id, applicant_name, applicant_tail, applicant_account, submitted_by,
                    intake_hall_id, form_data, status, idempotency_key, request_hash, statutory_days, promised_days,
                    agent_account, agent_name)
                values (:id, :number, :itemCode, :itemVersion, :department, :region, :channel, :kind, :applicantId,
                    :name, :tail, :account, :submittedBy, :hall, cast(:form as jsonb), :status, :key, :hash,
                    :statutory, :promised, :agent, :agentName)""")
                .param("id", c.id()).param("number", c.number()).param("itemCode", c.itemCode())
                .param("itemVersion", c.itemVersion()).param("department", c.departmentId()).param("region", c.regionId())
                .param("channel", c.channel().name()).param("kind", c.applicantKind()).param("applicantId", c.applicantId())
                .param("name", c.applicantName()).param("tail", c.applicantTail()).param("account", c.applicantAccount())
                .param("submittedBy", c.submittedBy()).param("hall", c.intakeHallId())
                .param("form", json.writeValueAsString(sealing.seal(c.form()))).param("status", c.status().name())
                .param("key", c.idempotencyKey()).param("hash", c.requestHash())
                .param("statutory", c.statutoryDays()).param("promised", c.promisedDays())
                .param("agent", c.agentAccount()).param("agentName", c.agentName())
                .update();
    }

    public Optional<CaseRecord> find(UUID id) {
        return jdbc.sql("select * from casework_case where id = ?").param(id).query(this::map).optional();
    }

    /** Several cases in one query, in the order of the ids given (ids not found are left out). */
    public List<CaseRecord> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, CaseRecord> byId = new java.util.HashMap<>();
        jdbc.sql("select * from casework_case where id = any(?)").param(ids.toArray(UUID[]::new)).query(this::map).list()
                .forEach(c -> byId.put(c.id(), c));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The public lookup: the number and the last 4 characters of the applicant's ID or code must both match. */
    public Optional<CaseRecord> find(String number, String tail) {
        return jdbc.sql("select * from casework_case where number = ? and applicant_tail = ?").params(number, tail)
                .query(this::map).optional();
    }

    Optional<CaseRecord> findByIdempotencyKey(UUID submittedBy, String key) {
        return jdbc.sql("select * from casework_case where submitted_by = ? and idempotency_key = ?")
                .params(submittedBy, key).query(this::map).optional();
    }

    Optional<CaseRecord> openDraft(UUID submittedBy, UUID applicantId, String itemCode) {
        return jdbc.sql("""
                select * from casework_case where submitted_by = ? and applicant_id = ? and item_code = ?
                and status = 'DRAFT' order by created_at desc limit 1""")
                .params(submittedBy, applicantId, itemCode).query(this::map).optional();
    }

    public List<CaseRecord> ofApplicant(UUID account) {
        // a draft someone else is filling in for the applicant (window, agent) shows once it is submitted
        // two index scans, newest first, instead of one OR that must sort everything the person ever applied for
        return jdbc.sql("""
                select * from (
                    (select * from casework_case
                     where applicant_account = :account and (status <> 'DRAFT' or submitted_by = applicant_account)
                     order by created_at desc limit 200)
                    union all
                    (select * from casework_case
                     where submitted_by = :account and applicant_account is distinct from :account
                     order by created_at desc limit 200)) mine
                order by created_at desc limit 200""")
                .param("account", account).query(this::map).list();
    }

    public List<CaseRecord> ofHall(String hallId) {
        return jdbc.sql("select * from casework_case where intake_hall_id = ? order by created_at desc limit 200")
                .param(hallId).query(this::map).list();
    }

    /** The department's open cases (待受理, 审批中, 待补正), oldest first: what 部门办件 shows. */
    public List<CaseRecord> ofDepartment(String departmentId) {
        return jdbc.sql("""
                select * from casework_case
                where department_id = ? and status in ('SUBMITTED', 'ACCEPTED', 'CORRECTION_REQUIRED')
                order by submitted_at limit 500""")
                .param(departmentId).query(this::map).list();
    }

    /** Every accepted case in the city, for supervisors' overdue list. */
    public List<CaseRecord> accepted() {
        return jdbc.sql("select * from casework_case where status = 'ACCEPTED' order by accepted_on limit 5000")
                .query(this::map).list();
    }

    /** A draft becomes another party's application, made by its former applicant as their agent (监护, 经营者). */
    void handOver(UUID id, Applicant to, UUID agentAccount, String agentName) {
        jdbc.sql("""
                update casework_case set applicant_kind = ?, applicant_id = ?, applicant_name = ?, applicant_tail = ?,
                    applicant_account = ?, agent_account = ?, agent_name = ? where id = ? and status = 'DRAFT'""")
                .params(to.kind(), to.id(), to.name(), to.tail(), to.account(), agentAccount, agentName, id).update();
    }

    void updateForm(UUID id, Map<String, String> form) {
        jdbc.sql("update casework_case set form_data = cast(? as jsonb) where id = ?")
                .params(json.writeValueAsString(sealing.seal(form)), id).update();
    }

    /**
     * Moves a case from {@code from} to {@code to} if nobody changed it meanwhile; sets the given columns too.
     * @return false when the case was not in {@code from} at {@code version}
     */
    boolean transition(CaseRecord c, CaseStatus from, CaseStatus to, Map<String, Object> columns) {
        if (!to.canFollow(from)) {
            throw new OneWindowException(CaseworkErrorCode.CASE_WRONG_STATE,
                    "办件当前为“" + from.label() + "”，不能变为“" + to.label() + "”");
        }
        StringBuilder sql = new StringBuilder("update casework_case set status = :to, version = version + 1");
        columns.keySet().forEach(k -> sql.append(", ").append(k).append(" = ")
                .append(k.equals("correction_notice") ? "cast(:" + k + " as jsonb)" : ":" + k));
        sql.append(" where id = :id and status = :from and version = :version");
        var spec = jdbc.sql(sql.toString()).param("to", to.name()).param("id", c.id()).param("from", from.name())
                .param("version", c.version());
        for (var e : columns.entrySet()) {
            Object v = e.getValue();
            spec = spec.param(e.getKey(), v instanceof List<?> l ? json.writeValueAsString(l) : v);
        }
        return spec.update() == 1;
    }

    /** Next case number of a region for a day, e.g. {@code 511123-20261130-00007}. */
    String nextNumber(String regionCode, LocalDate day) {
        int n = jdbc.sql("""
                insert into casework_sequence (region_id, day, last) values (?, ?, 1)
                on conflict (region_id, day) do update set last = casework_sequence.last + 1 returning last""")
                .params(regionCode, day).query(Integer.class).single();
        return regionCode + "-" + day.toString().replace("-", "") + "-" + String.format("%05d", n);
    }

    void event(UUID caseId, String actor, String type, String note) {
        jdbc.sql("insert into casework_event (case_id, actor, type, note) values (?, ?, ?, ?)")
                .params(caseId, actor, type, note).update();
    }

    public List<CaseEvent> events(UUID caseId) {
        return jdbc.sql("select * from casework_event where case_id = ? order by id").param(caseId)
                .query((rs, n) -> new CaseEvent(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("type"), rs.getString("note")))
                .list();
    }

    public record CaseEvent(Instant at, String actor, String type, String note) {
    }

    private CaseRecord map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
        String notice = rs.getString("correction_notice");
        return new CaseRecord(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("item_code"),
                rs.getInt("item_version"), rs.getString("department_id"), rs.getString("region_id"),
                Channel.valueOf(rs.getString("channel")), rs.getString("applicant_kind"),
                rs.getObject("applicant_id", UUID.class), rs.getString("applicant_name"), rs.getString("applicant_tail"),
                rs.getObject("applicant_account", UUID.class), rs.getObject("submitted_by", UUID.class),
                rs.getString("intake_hall_id"), sealing.open(json.readValue(rs.getString("form_data"), FORM)),
                CaseStatus.valueOf(rs.getString("status")), notice == null ? List.of() : json.readValue(notice, NOTICE),
                rs.getString("decision_reason"), rs.getString("decision_basis"), rs.getString("idempotency_key"),
                rs.getString("request_hash"), created == null ? null : created.toInstant(),
                submitted == null ? null : submitted.toInstant(), rs.getObject("accepted_on", LocalDate.class),
                rs.getInt("statutory_days"), rs.getInt("promised_days"), rs.getInt("version"),
                rs.getObject("agent_account", UUID.class), rs.getString("agent_name"));
    }
}
