package io.onewindow.hotline.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PersonalDataProtector;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The work orders as stored: reads, the one guarded status change ({@link #move}) and the order's history with its
 * audit entry ({@link #event}). The decisions are in {@link WorkOrders}, {@link OrderIntake} and {@link UnitHandling}.
 */
@Repository
public class WorkOrderRepository {

    private final JdbcClient jdbc;
    private final PersonalDataProtector protector;
    private final AuditLog auditLog;
    private final Units units;

    WorkOrderRepository(JdbcClient jdbc, PersonalDataProtector protector, AuditLog auditLog, Units units) {
        this.jdbc = jdbc;
        this.protector = protector;
        this.auditLog = auditLog;
        this.units = units;
    }

    /** The caller in full, for the hotline centre only. */
    public record Caller(String name, String phone) {
    }

    /** One step in the order's history. */
    public record Event(OffsetDateTime at, String actor, String action, String note) {

        private static final Map<String, String> VERBS = Map.ofEntries(Map.entry("INTAKE", "登记工单"),
                Map.entry("ANSWERED", "直接答复"), Map.entry("TRANSFERRED", "转接"), Map.entry("THREE_WAY_CALL", "三方通话"),
                Map.entry("MERGED", "合并工单"), Map.entry("MERGED_IN", "合并工单"), Map.entry("DISPATCHED", "派单至"),
                Map.entry("SIGNED", "签收"), Map.entry("REPLIED", "答复"), Map.entry("RETURNED", "退单"),
                Map.entry("EXTENSION_ASKED", "申请延期"), Map.entry("EXTENDED", "审核延期"),
                Map.entry("EXTENSION_REFUSED", "审核延期"), Map.entry("PAUSED", "转待补充"), Map.entry("RESUMED", "恢复办理"),
                Map.entry("REPLY_REJECTED", "审核答复"), Map.entry("REOPENED", "回访"), Map.entry("CLOSED", "回访办结"),
                Map.entry("ESCALATED", "提级办理"), Map.entry("CO_OPINION", "提交协办意见"));

        /** Who did what, in words: "周丽 派单至 乐山市市场监督管理局". */
        public String line() {
            String verb = VERBS.getOrDefault(action, "");
            if (note == null || note.isBlank()) {
                return actor + " " + verb;
            }
            // 派单至 and 签收 name the unit as their object; the others are followed by what was said
            boolean object = action.equals("DISPATCHED") || action.equals("SIGNED");
            return actor + (verb.isEmpty() ? "：" : " " + verb + (object ? " " : "：")) + note;
        }
    }

    /** 协办/专班 (co-units and, for complex appeals, a named task force) are given with the dispatch. */
    public record CoUnit(String unitId, String unitName, String opinion) {
    }

    /**
     * Orders a stranger may see (Open311): the reporter agreed to publish them, and they are none of 举报, 亲清在线
     * or a phone call (whose caller was never asked).
     */
    private static final String PUBLISHABLE = "public_consent and type <> 'REPORT' and channel <> 'PHONE'"
            + " and enterprise_credit_code is null";

    public WorkOrder get(UUID id) {
        return find(id).orElseThrow(() -> new OneWindowException(HotlineErrorCode.HOTLINE_NOT_FOUND, "工单不存在"));
    }

    Optional<WorkOrder> find(UUID id) {
        return jdbc.sql("select * from hotline_order where id = ?").param(id).query(WorkOrderRepository::map).optional();
    }

    public List<WorkOrder> open() {
        return jdbc.sql("select * from hotline_order where status <> 'CLOSED' order by created_at desc limit 200")
                .query(WorkOrderRepository::map).list();
    }

    /** The orders of a unit as lead or co-unit, open ones first. */
    public List<WorkOrder> ofUnit(String unit) {
        return jdbc.sql("""
                select * from hotline_order where lead_unit = ?
                   or id in (select order_id from hotline_co_unit where unit_id = ?)
                order by status = 'CLOSED', handle_due""").params(unit, unit).query(WorkOrderRepository::map).list();
    }

    public List<Event> events(UUID id) {
        return jdbc.sql("select at, actor, action, note from hotline_order_event where order_id = ? order by id").param(id)
                .query((rs, n) -> new Event(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4))).list();
    }

    /** 进度查询 by the caller: the order number and the last four digits of the phone they gave. */
    public Optional<WorkOrder> track(String number, String phoneTail) {
        if (phoneTail == null || !phoneTail.matches("\\d{4}")) {
            return Optional.empty();
        }
        return byNumber(number == null ? "" : number.trim())
                .filter(o -> o.callerPhone() != null && o.callerPhone().endsWith(phoneTail));
    }

    public Optional<WorkOrder> byNumber(String number) {
        return jdbc.sql("select * from hotline_order where number = ?").param(number == null ? "" : number)
                .query(WorkOrderRepository::map).optional();
    }

    public List<WorkOrder> published(String categoryCode, Boolean open, int limit) {
        return jdbc.sql("select * from hotline_order where " + PUBLISHABLE
                + " and (cast(? as varchar) is null or category_code = ?)"
                + " and (cast(? as boolean) is null or (status <> 'CLOSED') = ?) order by created_at desc limit ?")
                .params(categoryCode, categoryCode, open, open, limit).query(WorkOrderRepository::map).list();
    }

    public Optional<WorkOrder> publishedByNumber(String number) {
        return jdbc.sql("select * from hotline_order where " + PUBLISHABLE + " and number = ?").param(number)
                .query(WorkOrderRepository::map).optional();
    }

    public List<CoUnit> coUnits(UUID id) {
        return jdbc.sql("select unit_id, opinion from hotline_co_unit where order_id = ? order by unit_id").param(id)
                .query((rs, n) -> new CoUnit(rs.getString(1), units.name(rs.getString(1)), rs.getString(2))).list();
    }

    /** The caller in full (decrypted); who may read it is decided by the caller of this method. */
    Caller caller(UUID id) {
        return jdbc.sql("select caller_name, caller_phone from hotline_order where id = ?").param(id)
                .query((rs, n) -> new Caller(decrypt(rs.getBytes(1)), decrypt(rs.getBytes(2)))).single();
    }

    /**
     * The one place an order changes status: {@code to} must be allowed after {@code from} ({@link OrderStatus}), and
     * the update happens only if the order is still in {@code from}; {@code set} adds the columns that go with it.
     */
    void move(UUID id, OrderStatus from, OrderStatus to, String set, String value, Object... more) {
        if (!to.canFollow(from)) {
            throw new OneWindowException(HotlineErrorCode.HOTLINE_WRONG_STATE,
                    "工单不能从“" + from.label() + "”变为“" + to.label() + "”");
        }
        var sql = jdbc.sql("update hotline_order set status = '" + to.name() + "'" + (set.isEmpty() ? "" : ", " + set)
                + " where id = ? and status = '" + from.name() + "'");
        List<Object> params = new java.util.ArrayList<>();
        if (value != null) {
            params.add(value);
        }
        params.addAll(List.of(more));
        params.add(id);
        int changed = sql.params(params).update();
        if (changed == 0) {
            throw HotlineChecks.wrongState(get(id));
        }
    }

    void event(UUID id, String action, String note) {
        String actor = CurrentUsers.current().map(CurrentUser::displayName).orElse("网上/接口");
        jdbc.sql("insert into hotline_order_event (order_id, actor, action, note) values (?, ?, ?, ?)")
                .params(id, actor, action, note).update();
        jdbc.sql("update hotline_order set updated_at = now() where id = ?").param(id).update();
        auditLog.record("HOTLINE_" + action, "hotline.order", id.toString(), null, note == null ? Map.of() : Map.of("note", note));
    }

    private String decrypt(byte[] sealed) {
        return sealed == null ? null : protector.decrypt(sealed);
    }

    static WorkOrder map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        boolean anonymous = rs.getBoolean("anonymous");
        return new WorkOrder(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("channel"),
                OrderType.valueOf(rs.getString("type")), rs.getString("category_code"), anonymous,
                anonymous ? "匿名" : rs.getString("caller_name_mask"), anonymous ? null : rs.getString("caller_phone_mask"),
                rs.getString("content"), rs.getString("region_id"), rs.getString("address"),
                OrderStatus.valueOf(rs.getString("status")), rs.getBoolean("first_contact"), rs.getString("answer"),
                rs.getString("lead_unit"), rs.getObject("sign_due", LocalDate.class), rs.getObject("handle_due", LocalDate.class),
                rs.getString("reply"), rs.getString("callback_result"), rs.getInt("reopen_count"),
                rs.getObject("created_at", OffsetDateTime.class), number(rs, "latitude"), number(rs, "longitude"),
                rs.getString("media_url"), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getString("enterprise_credit_code"), rs.getString("enterprise_name"), rs.getBoolean("foreign_invested"),
                rs.getInt("escalation_level"), rs.getString("escalation_reason"), rs.getObject("paused_since", LocalDate.class),
                rs.getString("extension_status"), (Integer) rs.getObject("extension_days"), rs.getString("extension_reason"),
                rs.getString("task_force"), rs.getBoolean("urgent"));
    }

    private static Double number(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.math.BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }
}
