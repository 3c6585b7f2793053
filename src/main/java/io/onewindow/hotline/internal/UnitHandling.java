package io.onewindow.hotline.internal;

import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead unit's and co-units' part of an order: 签收, 回复, 退单, 延期申请, 待补充 and 协办意见, each only on the unit's
 * own orders (for a public-service company without accounts the centre acts on its behalf).
 */
@Service
public class UnitHandling {

    private final JdbcClient jdbc;
    private final Units units;
    private final WorkOrderRepository orders;

    UnitHandling(JdbcClient jdbc, Units units, WorkOrderRepository orders) {
        this.jdbc = jdbc;
        this.units = units;
        this.orders = orders;
    }

    /** For the unit's pages: the order only if it is the unit's. */
    public WorkOrder forUnit(UUID id) {
        WorkOrder order = orders.get(id);
        CurrentUser user = CurrentUsers.current().orElseThrow();
        boolean ownUnit = order.leadUnit() != null && order.leadUnit().equals(user.departmentId())
                && (user.has(Role.APPROVER) || user.has(Role.DEPT_ADMIN));
        boolean centreForCompany = user.has(Role.HOTLINE_AGENT) && order.leadUnit() != null && units.isCompany(order.leadUnit());
        if (!ownUnit && !centreForCompany) {
            throw new OneWindowException(HotlineErrorCode.HOTLINE_NOT_FOUND, "工单不存在");
        }
        return order;
    }

    /** What a unit may read: its own orders as lead or co-unit. */
    public WorkOrder visibleToUnit(UUID id) {
        WorkOrder order = orders.get(id);
        String department = CurrentUsers.current().map(CurrentUser::departmentId).orElse(null);
        boolean coUnit = department != null && jdbc.sql("select count(*) from hotline_co_unit where order_id = ? and unit_id = ?")
                .params(id, department).query(Long.class).single() > 0;
        return coUnit ? order : forUnit(id);
    }

    /** 签收 by the lead unit (for a company without its own accounts, the centre signs on its behalf). */
    @Transactional
    public void sign(UUID id) {
        WorkOrder order = forUnit(id);
        orders.move(id, OrderStatus.DISPATCHED, OrderStatus.SIGNED, "signed_at = now()", null);
        orders.event(id, "SIGNED", units.name(order.leadUnit()));
    }

    /** 回复: what the unit did. */
    @Transactional
    public void reply(UUID id, String reply) {
        forUnit(id);
        String text = Inputs.required(reply, "办理结果", 2000, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        orders.move(id, OrderStatus.SIGNED, OrderStatus.REPLIED, "reply = ?, replied_at = now()", text);
        orders.event(id, "REPLIED", text);
        // the callers of merged duplicates get the same answer
        jdbc.sql("select id from hotline_order where merged_into = ?").param(id).query(UUID.class).list().forEach(merged -> {
            jdbc.sql("update hotline_order set reply = ? where id = ?").params(text, merged).update();
            orders.event(merged, "REPLIED", "随主工单答复：" + text);
        });
    }

    /** 退单: the unit says the order is not theirs; it goes back to the centre to be dispatched again. */
    @Transactional
    public void returnToCentre(UUID id, String reason) {
        WorkOrder order = forUnit(id);
        String text = Inputs.required(reason, "退单理由", 500, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        orders.move(id, OrderStatus.DISPATCHED, OrderStatus.RECEIVED, "lead_unit = null, sign_due = null, handle_due = null", null);
        orders.event(id, "RETURNED", units.name(order.leadUnit()) + "退单：" + text);
    }

    /** 延期申请 by the unit while handling; the centre decides. */
    @Transactional
    public void requestExtension(UUID id, int days, String reason) {
        forUnit(id);
        if (days < 1 || days > 30) {
            throw HotlineChecks.invalid("延期天数须为 1 至 30 个工作日");
        }
        String text = Inputs.required(reason, "延期理由", 500, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        int changed = jdbc.sql("""
                update hotline_order set extension_days = ?, extension_reason = ?, extension_status = 'PENDING'
                where id = ? and status = 'SIGNED' and (extension_status is null or extension_status <> 'PENDING')""")
                .params(days, text, id).update();
        if (changed == 0) {
            throw new OneWindowException(HotlineErrorCode.HOTLINE_WRONG_STATE, "只有办理中的工单可以申请延期，且不能重复申请");
        }
        orders.event(id, "EXTENSION_ASKED", "申请延期 " + days + " 个工作日：" + text);
    }

    /** 待补充: the order waits for the caller; the 办理 clock stops until the centre records the supplement. */
    @Transactional
    public void pause(UUID id, String what) {
        forUnit(id);
        String text = Inputs.required(what, "需补充的内容", 500, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        int changed = jdbc.sql("update hotline_order set paused_since = ? where id = ? and status = 'SIGNED' and paused_since is null")
                .params(ChinaTime.today(), id).update();
        if (changed == 0) {
            throw new OneWindowException(HotlineErrorCode.HOTLINE_WRONG_STATE, "只有办理中的工单可以转待补充");
        }
        orders.event(id, "PAUSED", "待来电人补充：" + text);
    }

    /** 协办意见 from a co-unit while the lead unit handles the order. */
    @Transactional
    public void coOpinion(UUID id, String opinion) {
        String department = CurrentUsers.current().filter(u -> u.has(Role.APPROVER) || u.has(Role.DEPT_ADMIN))
                .map(CurrentUser::departmentId).orElse("");
        String text = Inputs.required(opinion, "协办意见", 2000, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        WorkOrder order = orders.get(id);
        if (order.status() == OrderStatus.CLOSED) {
            throw HotlineChecks.wrongState(order);
        }
        int changed = jdbc.sql("update hotline_co_unit set opinion = ?, opinion_at = now() where order_id = ? and unit_id = ?")
                .params(text, id, department).update();
        if (changed == 0) {
            throw new OneWindowException(HotlineErrorCode.HOTLINE_NOT_FOUND, "工单不存在");
        }
        orders.event(id, "CO_OPINION", units.name(department) + "协办意见：" + text);
    }

    /** The caller in full for the lead unit, only when the centre asked it to call back (never for anonymous orders). */
    public Optional<WorkOrderRepository.Caller> callerForUnitCallback(UUID id) {
        WorkOrder order = forUnit(id);
        boolean allowed = jdbc.sql("select unit_callback from hotline_order where id = ?").param(id).query(Boolean.class).single();
        if (!allowed || order.anonymous()) {
            return Optional.empty();
        }
        return Optional.of(orders.caller(id));
    }

    /** The signed-in unit's orders as lead or co-unit. */
    public List<WorkOrder> ofMyUnit() {
        String unit = CurrentUsers.current().map(CurrentUser::departmentId).orElse("");
        return orders.ofUnit(unit == null ? "" : unit);
    }
}
