package io.onewindow.hotline.internal;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.hotline.CallbackRecorded;
import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 12345 centre's part of the work-order loop: 直接答复, 应急联动, 并入, 派单, 延期审批, 待补充 resumed, 答复审核, 回访
 * (不满意 sends the order back to the unit, 重办, up to {@code max-reopens} times) and 提级. Limits are working days by
 * the calendar. Intake is {@link OrderIntake}, the unit's part {@link UnitHandling}, storage {@link WorkOrderRepository}.
 */
@Service
public class WorkOrders {

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final Units units;
    private final HotlineSettings settings;
    private final WorkOrderRepository orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkOrders(JdbcClient jdbc, WorkingDays workingDays, Units units, HotlineSettings settings,
            WorkOrderRepository orders, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.units = units;
        this.settings = settings;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    /** 直接答复: the agent closes a 咨询 on the call (first-contact resolution). */
    @Transactional
    public void answerDirectly(UUID id, String answer) {
        HotlineChecks.requireCentre();
        String text = Inputs.required(answer, "答复内容", 2000, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        orders.move(id, OrderStatus.RECEIVED, OrderStatus.CLOSED, "first_contact = true, answer = ?, closed_at = now()", text);
        orders.event(id, "ANSWERED", text);
    }

    /**
     * 应急联动: a matter for 110/119/120/122. When the other line accepts it (directly or in a 三方通话) the order is
     * transferred and closed here; when they do not agree, the first receiver (12345) keeps it (首接负责).
     */
    @Transactional
    public void transferToEmergency(UUID id, String line, String reason, boolean accepted) {
        HotlineChecks.requireCentre();
        if (line == null || !List.of("110", "119", "120", "122").contains(line)) {
            throw HotlineChecks.invalid("请选择转办的应急热线（110、119、120、122）");
        }
        String text = Inputs.required(reason, "转办理由", 500, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        WorkOrder order = orders.get(id);
        if (order.status() != OrderStatus.RECEIVED) {
            throw HotlineChecks.wrongState(order);
        }
        if (accepted) {
            orders.move(id, OrderStatus.RECEIVED, OrderStatus.CLOSED, "transferred_to = ?, transferred_at = now(), "
                    + "transfer_reason = ?, answer = ?, closed_at = now()", null, line, text, "已转 " + line + " 处置");
            orders.event(id, "TRANSFERRED", "转 " + line + "：" + text);
        } else {
            orders.event(id, "THREE_WAY_CALL", "与 " + line + " 三方通话未达成一致，由 12345 首接负责：" + text);
        }
    }

    /** Merges a duplicate into an open order: its caller gets the same reply. */
    @Transactional
    public void mergeInto(UUID id, UUID primaryId) {
        HotlineChecks.requireCentre();
        WorkOrder primary = orders.get(primaryId);
        if (primaryId.equals(id) || primary.status() == OrderStatus.CLOSED) {
            throw HotlineChecks.invalid("只能并入另一件未办结的工单");
        }
        orders.move(id, OrderStatus.RECEIVED, OrderStatus.CLOSED, "merged_into = ?, answer = ?, closed_at = now()", null,
                primaryId, "已并入工单 " + primary.number() + "，办理结果将一并答复");
        orders.event(id, "MERGED", "并入 " + primary.number());
        orders.event(primaryId, "MERGED_IN", "并入重复工单 " + orders.get(id).number());
        long callers = jdbc.sql("select count(*) from hotline_order where merged_into = ?").param(primaryId).query(Long.class).single();
        if (primary.enterprise() && callers >= settings.repeatCallers() - 1) {
            escalate(primaryId, "多人重复反映（" + (callers + 1) + " 人）");
        }
    }

    /** 派单 to one lead unit: a department or a public-service company. */
    @Transactional
    public void dispatch(UUID id, String unitId) {
        dispatch(id, unitId, List.of(), null);
    }

    /**
     * 派单 to a lead unit with co-units; a task-force name makes the group a 专班. Co-units see the order and give
     * their opinion; the lead unit signs, replies and answers for the limits.
     */
    @Transactional
    public void dispatch(UUID id, String unitId, List<String> coUnitIds, String taskForce) {
        dispatch(id, unitId, coUnitIds, taskForce, false);
    }

    /** @param unitCallback the lead unit calls the caller back itself, so it sees the caller's number in full */
    @Transactional
    public void dispatch(UUID id, String unitId, List<String> coUnitIds, String taskForce, boolean unitCallback) {
        HotlineChecks.requireCentre();
        Units.Unit unit = units.find(unitId).orElseThrow(() -> HotlineChecks.invalid("请选择承办单位"));
        List<Units.Unit> coUnits = new java.util.ArrayList<>();
        for (String co : coUnitIds == null ? List.<String>of() : coUnitIds) {
            if (co == null || co.isBlank() || co.equals(unit.id()) || coUnits.stream().anyMatch(c -> c.id().equals(co))) {
                continue;
            }
            coUnits.add(units.find(co).orElseThrow(() -> HotlineChecks.invalid("协办单位不存在：" + co)));
        }
        String force = Inputs.optional(taskForce, "专班名称", 100, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        if (force != null && coUnits.isEmpty()) {
            throw HotlineChecks.invalid("专班须有至少一个协办单位");
        }
        WorkOrder order = orders.get(id);
        LocalDate today = ChinaTime.today();
        LocalDate signDue = signDue(order, today);
        LocalDate handleDue = handleDue(order, today);
        orders.move(id, OrderStatus.RECEIVED, OrderStatus.DISPATCHED, "lead_unit = ?, sign_due = ?, handle_due = ?, "
                + "dispatched_at = now()", null, unit.id(), signDue, handleDue);
        for (Units.Unit co : coUnits) {
            jdbc.sql("insert into hotline_co_unit (order_id, unit_id) values (?, ?) on conflict do nothing").params(id, co.id()).update();
        }
        jdbc.sql("update hotline_order set task_force = ?, unit_callback = ? where id = ?")
                .params(force, unitCallback && !order.anonymous(), id).update();
        orders.event(id, "DISPATCHED", unit.name() + (coUnits.isEmpty() ? "" : "，协办："
                + String.join("、", coUnits.stream().map(Units.Unit::name).toList()))
                + (force == null ? "" : "（专班：" + force + "）") + "；签收时限 " + signDue + "，办理时限 " + handleDue);
    }

    @Transactional
    public void decideExtension(UUID id, boolean approve) {
        HotlineChecks.requireCentre();
        WorkOrder order = orders.get(id);
        int days = jdbc.sql("select coalesce(extension_days, 0) from hotline_order where id = ? and extension_status = 'PENDING'")
                .param(id).query(Integer.class).optional().orElseThrow(() -> new OneWindowException(
                        HotlineErrorCode.HOTLINE_WRONG_STATE, "没有待审批的延期申请"));
        LocalDate due = approve ? workingDays.addWorkingDays(order.handleDue(), days) : order.handleDue();
        jdbc.sql("update hotline_order set extension_status = ?, handle_due = ? where id = ?")
                .params(approve ? "APPROVED" : "REJECTED", due, id).update();
        orders.event(id, approve ? "EXTENDED" : "EXTENSION_REFUSED", approve ? "同意延期，办理时限改为 " + due : "不同意延期");
    }

    /** The caller supplied what was missing: the 办理 limit moves on by the working days spent waiting. */
    @Transactional
    public void resume(UUID id, String supplement, LocalDate today) {
        HotlineChecks.requireCentre();
        String text = Inputs.required(supplement, "补充内容", 1000, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        var since = jdbc.sql("select paused_since from hotline_order where id = ? and paused_since is not null").param(id)
                .query(LocalDate.class).optional().orElseThrow(() -> new OneWindowException(
                        HotlineErrorCode.HOTLINE_WRONG_STATE, "工单不在待补充状态"));
        int waited = workingDays.workingDaysBetween(since, today);
        LocalDate due = workingDays.addWorkingDays(orders.get(id).handleDue(), waited);
        jdbc.sql("update hotline_order set paused_since = null, handle_due = ? where id = ?").params(due, id).update();
        orders.event(id, "RESUMED", "来电人已补充：" + text + "；暂停 " + waited + " 个工作日，办理时限改为 " + due);
    }

    /** 审核: the centre finds the unit's reply does not answer the request and sends it back with the reason. */
    @Transactional
    public void rejectReply(UUID id, String reason) {
        HotlineChecks.requireCentre();
        String text = Inputs.required(reason, "退回理由", 500, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        orders.move(id, OrderStatus.REPLIED, OrderStatus.SIGNED, "reply = null, replied_at = null", null);
        orders.event(id, "REPLY_REJECTED", "答复审核未通过，退回承办单位：" + text);
    }

    /** 回访: the centre calls the caller back; 不满意 reopens the order (重办) unless it was reopened enough times. */
    @Transactional
    public boolean callback(UUID id, String result, String note) {
        HotlineChecks.requireCentre();
        if (result == null || !List.of("SATISFIED", "FAIR", "UNSATISFIED").contains(result)) {
            throw HotlineChecks.invalid("请选择回访结果");
        }
        String text = Inputs.optional(note, "回访记录", 500, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        WorkOrder order = orders.get(id);
        if (order.status() != OrderStatus.REPLIED) {
            throw HotlineChecks.wrongState(order);
        }
        // the 回访 is also the lead unit's 好差评 rating (the evaluation module hears it once this commits)
        events.publishEvent(new CallbackRecorded(order.number(), units.isCompany(order.leadUnit()) ? null
                : order.leadUnit(), CallbackRecorded.Verdict.valueOf(result), clock.instant()));
        boolean reopen = result.equals("UNSATISFIED") && order.reopenCount() < settings.maxReopens();
        if (reopen) {
            LocalDate today = ChinaTime.today();
            orders.move(id, OrderStatus.REPLIED, OrderStatus.DISPATCHED, "callback_result = ?, reopen_count = reopen_count + 1, "
                    + "sign_due = ?, handle_due = ?, dispatched_at = now(), reply = null", result, signDue(order, today),
                    handleDue(order, today));
            orders.event(id, "REOPENED", "回访不满意，重办（第 " + (order.reopenCount() + 1) + " 次）" + (text == null ? "" : "：" + text));
            if (order.enterprise() && order.reopenCount() + 1 >= 2) {
                escalate(id, "重办两次");
            }
        } else {
            orders.move(id, OrderStatus.REPLIED, OrderStatus.CLOSED, "callback_result = ?, closed_at = now()", result);
            orders.event(id, "CLOSED", "回访：" + WorkOrder.callbackLabel(result) + (text == null ? "" : "；" + text));
        }
        return reopen;
    }

    /**
     * 提级办理 of 亲清在线 appeals: every enterprise order past its 签收 or 办理 limit (working days, so holidays do not
     * count) goes up one level, once.
     *
     * @return how many escalated now
     */
    @Transactional
    public int escalateOverdue(LocalDate today) {
        List<UUID> due = jdbc.sql("""
                select id from hotline_order where enterprise_credit_code is not null and escalation_level = 0
                  and ((status = 'DISPATCHED' and sign_due < ?) or (status = 'SIGNED' and paused_since is null and handle_due < ?))
                for update skip locked""").params(today, today).query(UUID.class).list();
        due.forEach(id -> escalate(id, "超过办理时限"));
        return due.size();
    }

    /** Manual 提级 by the centre. */
    @Transactional
    public void escalateByCentre(UUID id, String reason) {
        HotlineChecks.requireCentre();
        escalate(id, Inputs.required(reason, "提级理由", 200, HotlineErrorCode.HOTLINE_INVALID_INPUT));
    }

    private void escalate(UUID id, String reason) {
        int changed = jdbc.sql("""
                update hotline_order set escalation_level = 1, escalated_at = now(), escalation_reason = ?
                where id = ? and escalation_level = 0 and status <> 'CLOSED'""").params(reason, id).update();
        if (changed == 1) {
            orders.event(id, "ESCALATED", "提级办理：" + reason);
        }
    }

    /** 签收 limit: the next working day, or for a 紧急 order the same day (the next working day if today is not one). */
    private LocalDate signDue(WorkOrder order, LocalDate today) {
        if (order.urgent()) {
            return workingDays.isWorkingDay(today) ? today : workingDays.addWorkingDays(today, 1);
        }
        return workingDays.addWorkingDays(today, settings.signDays());
    }

    private LocalDate handleDue(WorkOrder order, LocalDate today) {
        return workingDays.addWorkingDays(today, order.urgent() ? settings.urgentHandleDays() : settings.handleDays(order.type()));
    }

    public WorkOrderRepository.Caller callerOf(UUID id) {
        HotlineChecks.requireCentre();
        return orders.caller(id);
    }
}
