package io.onewindow.hotline.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.calendar.WorkingDays;
import io.onewindow.hotline.CallbackRecorded;
import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Enterprise;
import io.onewindow.identity.People;
import io.onewindow.identity.Role;
import io.onewindow.organization.Organization;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.Masking;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PersonalDataProtector;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work-order loop: 受理 (intake) → 直接答复 or 派单 → 签收 → 回复 → 回访, where 不满意 sends the order back to the
 * unit (重办) up to {@code max-reopens} times. Limits are working days by the calendar. Units see callers masked;
 * an anonymous order never stores who called.
 */
@Service
public class WorkOrders {

    static final ZoneId CHINA = ChinaTime.ZONE;

    /** What intake needs; {@code channel} is PHONE, WEB or API. */
    public record NewOrder(String channel, String type, String categoryCode, boolean anonymous, String callerName,
            String callerPhone, String content, String regionId, String address, Double latitude, Double longitude,
            String mediaUrl, String enterpriseCreditCode, boolean foreignInvested, boolean urgent,
            boolean publicConsent) {

        public NewOrder(String channel, String type, String categoryCode, boolean anonymous, String callerName,
                String callerPhone, String content, String regionId, String address) {
            this(channel, type, categoryCode, anonymous, callerName, callerPhone, content, regionId, address, null, null,
                    null, null, false, false, false);
        }
    }

    /** The caller in full, for the hotline centre only. */
    public record Caller(String name, String phone) {
    }

    /** One step in the order's history. */
    public record Event(OffsetDateTime at, String actor, String action, String note) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataProtector protector;
    private final WorkingDays workingDays;
    private final Organization organization;
    private final Units units;
    private final AuditLog auditLog;
    private final HotlineSettings settings;
    private final People people;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkOrders(JdbcClient jdbc, PersonalDataProtector protector, WorkingDays workingDays, Organization organization,
            Units units, AuditLog auditLog, HotlineSettings settings, People people, Attachments attachments,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.attachments = attachments;
        this.people = people;
        this.jdbc = jdbc;
        this.protector = protector;
        this.workingDays = workingDays;
        this.organization = organization;
        this.units = units;
        this.auditLog = auditLog;
        this.settings = settings;
    }

    /** 受理: checks everything first, stores nothing on a bad field. */
    @Transactional
    public UUID intake(NewOrder order) {
        OrderType type = parseType(order.type());
        String category = jdbc.sql("select code from hotline_category where code = ? and active").param(
                order.categoryCode() == null ? "" : order.categoryCode()).query(String.class).optional()
                .orElseThrow(() -> invalid("请选择诉求分类"));
        String content = Inputs.required(order.content(), "诉求内容", 2000, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        String region = organization.region(order.regionId() == null ? "" : order.regionId())
                .map(r -> r.id()).orElseThrow(() -> invalid("请选择诉求发生地所在区县"));
        String address = Inputs.optional(order.address(), "详细地址", 200, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        String name = null;
        String phone = null;
        if (!order.anonymous()) {
            name = Inputs.required(order.callerName(), "来电人姓名", 50, HotlineErrorCode.HOTLINE_INVALID_INPUT);
            phone = Inputs.contactPhone(order.callerPhone(), "联系电话", HotlineErrorCode.HOTLINE_INVALID_INPUT);
        }
        // written as "not within" so that NaN, which compares false with everything, is refused too
        if (order.latitude() != null && !(order.latitude() >= -90 && order.latitude() <= 90)
                || order.longitude() != null && !(order.longitude() >= -180 && order.longitude() <= 180)) {
            throw invalid("坐标超出范围");
        }
        String media = Inputs.optional(order.mediaUrl(), "图片链接", 500, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        if (media != null && !media.matches("https?://\\S+")) {
            throw invalid("图片链接须以 http:// 或 https:// 开头");
        }
        Enterprise enterprise = order.enterpriseCreditCode() == null || order.enterpriseCreditCode().isBlank() ? null
                : RegisteredEnterprises.find(people, order.enterpriseCreditCode());
        UUID id = UUID.randomUUID();
        long seq = jdbc.sql("select nextval('hotline_order_seq')").query(Long.class).single();
        String number = "RX" + ChinaTime.today().format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%06d", seq % 1_000_000);
        CurrentUser agent = CurrentUsers.current().orElse(null);
        jdbc.sql("""
                insert into hotline_order (id, number, channel, type, category_code, anonymous, caller_name, caller_name_mask,
                    caller_phone, caller_phone_mask, caller_phone_hash, content, region_id, address, status, created_by,
                    latitude, longitude, media_url, enterprise_credit_code, enterprise_name, foreign_invested, liaison_account,
                    urgent, public_consent)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, number, order.channel(), type.name(), category, order.anonymous(),
                        name == null ? null : protector.encrypt(name), name == null ? null : Masking.name(name),
                        phone == null ? null : protector.encrypt(phone), phone == null ? null : Masking.phone(phone),
                        phone == null ? null : protector.lookupHash(phone), content, region, address,
                        agent == null ? null : agent.accountId(), order.latitude(), order.longitude(), media,
                        enterprise == null ? null : enterprise.creditCode(), enterprise == null ? null : enterprise.name(),
                        enterprise != null && order.foreignInvested(),
                        enterprise != null && agent != null && agent.has(Role.HOTLINE_AGENT) ? agent.accountId() : null,
                        order.urgent(), order.publicConsent()).update();
        event(id, "INTAKE", enterprise == null ? number : number + "（亲清在线：" + enterprise.name() + "）");
        return id;
    }

    /** 受理 from the website or mobile form, with up to five photos or files (all checked before anything is stored). */
    @Transactional
    public UUID intake(NewOrder order, List<Attachments.Upload> uploads) {
        Attachments.check(uploads);
        UUID id = intake(order);
        attachments.store(id, uploads);
        return id;
    }

    /** 直接答复: the agent closes a 咨询 on the call (first-contact resolution). */
    @Transactional
    public void answerDirectly(UUID id, String answer) {
        centre();
        String text = Inputs.required(answer, "答复内容", 2000, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        move(id, OrderStatus.RECEIVED, OrderStatus.CLOSED, "first_contact = true, answer = ?, closed_at = now()", text);
        event(id, "ANSWERED", text);
    }

    /**
     * 应急联动: a matter for 110/119/120/122. When the other line accepts it (directly or in a 三方通话) the order is
     * transferred and closed here; when they do not agree, the first receiver (12345) keeps it (首接负责).
     */
    @Transactional
    public void transferToEmergency(UUID id, String line, String reason, boolean accepted) {
        centre();
        if (line == null || !List.of("110", "119", "120", "122").contains(line)) {
            throw invalid("请选择转办的应急热线（110、119、120、122）");
        }
        String text = Inputs.required(reason, "转办理由", 500, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        WorkOrder order = get(id);
        if (order.status() != OrderStatus.RECEIVED) {
            throw wrongState(order);
        }
        if (accepted) {
            move(id, OrderStatus.RECEIVED, OrderStatus.CLOSED, "transferred_to = ?, transferred_at = now(), "
                    + "transfer_reason = ?, answer = ?, closed_at = now()", null, line, text, "已转 " + line + " 处置");
            event(id, "TRANSFERRED", "转 " + line + "：" + text);
        } else {
            event(id, "THREE_WAY_CALL", "与 " + line + " 三方通话未达成一致，由 12345 首接负责：" + text);
        }
    }

    /** Merges a duplicate into an open order: its caller gets the same reply. */
    @Transactional
    public void mergeInto(UUID id, UUID primaryId) {
        centre();
        WorkOrder primary = get(primaryId);
        if (primaryId.equals(id) || primary.status() == OrderStatus.CLOSED) {
            throw invalid("只能并入另一件未办结的工单");
        }
        move(id, OrderStatus.RECEIVED, OrderStatus.CLOSED, "merged_into = ?, answer = ?, closed_at = now()", null,
                primaryId, "已并入工单 " + primary.number() + "，办理结果将一并答复");
        event(id, "MERGED", "并入 " + primary.number());
        event(primaryId, "MERGED_IN", "并入重复工单 " + get(id).number());
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

    /** 协办/专班 (co-units and, for complex appeals, a named task force) are given with the dispatch. */
    public record CoUnit(String unitId, String unitName, String opinion) {
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
        centre();
        Units.Unit unit = units.find(unitId).orElseThrow(() -> invalid("请选择承办单位"));
        List<Units.Unit> coUnits = new java.util.ArrayList<>();
        for (String co : coUnitIds == null ? List.<String>of() : coUnitIds) {
            if (co == null || co.isBlank() || co.equals(unit.id()) || coUnits.stream().anyMatch(c -> c.id().equals(co))) {
                continue;
            }
            coUnits.add(units.find(co).orElseThrow(() -> invalid("协办单位不存在：" + co)));
        }
        String force = Inputs.optional(taskForce, "专班名称", 100, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        if (force != null && coUnits.isEmpty()) {
            throw invalid("专班须有至少一个协办单位");
        }
        WorkOrder order = get(id);
        LocalDate today = ChinaTime.today();
        LocalDate signDue = signDue(order, today);
        LocalDate handleDue = handleDue(order, today);
        move(id, OrderStatus.RECEIVED, OrderStatus.DISPATCHED, "lead_unit = ?, sign_due = ?, handle_due = ?, "
                + "dispatched_at = now()", null, unit.id(), signDue, handleDue);
        for (Units.Unit co : coUnits) {
            jdbc.sql("insert into hotline_co_unit (order_id, unit_id) values (?, ?) on conflict do nothing").params(id, co.id()).update();
        }
        jdbc.sql("update hotline_order set task_force = ?, unit_callback = ? where id = ?")
                .params(force, unitCallback && !order.anonymous(), id).update();
        event(id, "DISPATCHED", unit.name() + (coUnits.isEmpty() ? "" : "，协办："
                + String.join("、", coUnits.stream().map(Units.Unit::name).toList()))
                + (force == null ? "" : "（专班：" + force + "）") + "；签收时限 " + signDue + "，办理时限 " + handleDue);
    }

    /** 签收 by the lead unit (for a company without its own accounts, the centre signs on its behalf). */
    @Transactional
    public void sign(UUID id) {
        WorkOrder order = forUnit(id);
        move(id, OrderStatus.DISPATCHED, OrderStatus.SIGNED, "signed_at = now()", null);
        event(id, "SIGNED", units.name(order.leadUnit()));
    }

    /** 回复: what the unit did. */
    @Transactional
    public void reply(UUID id, String reply) {
        forUnit(id);
        String text = Inputs.required(reply, "办理结果", 2000, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        move(id, OrderStatus.SIGNED, OrderStatus.REPLIED, "reply = ?, replied_at = now()", text);
        event(id, "REPLIED", text);
        // the callers of merged duplicates get the same answer
        jdbc.sql("select id from hotline_order where merged_into = ?").param(id).query(UUID.class).list().forEach(merged -> {
            jdbc.sql("update hotline_order set reply = ? where id = ?").params(text, merged).update();
            event(merged, "REPLIED", "随主工单答复：" + text);
        });
    }

    /** 退单: the unit says the order is not theirs; it goes back to the centre to be dispatched again. */
    @Transactional
    public void returnToCentre(UUID id, String reason) {
        WorkOrder order = forUnit(id);
        String text = Inputs.required(reason, "退单理由", 500, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        move(id, OrderStatus.DISPATCHED, OrderStatus.RECEIVED, "lead_unit = null, sign_due = null, handle_due = null", null);
        event(id, "RETURNED", units.name(order.leadUnit()) + "退单：" + text);
    }

    /** 延期申请 by the unit while handling; the centre decides. */
    @Transactional
    public void requestExtension(UUID id, int days, String reason) {
        forUnit(id);
        if (days < 1 || days > 30) {
            throw invalid("延期天数须为 1 至 30 个工作日");
        }
        String text = Inputs.required(reason, "延期理由", 500, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        int changed = jdbc.sql("""
                update hotline_order set extension_days = ?, extension_reason = ?, extension_status = 'PENDING'
                where id = ? and status = 'SIGNED' and (extension_status is null or extension_status <> 'PENDING')""")
                .params(days, text, id).update();
        if (changed == 0) {
            throw new OneWindowException(HotlineErrorCode.HOTLINE_WRONG_STATE, "只有办理中的工单可以申请延期，且不能重复申请");
        }
        event(id, "EXTENSION_ASKED", "申请延期 " + days + " 个工作日：" + text);
    }

    @Transactional
    public void decideExtension(UUID id, boolean approve) {
        centre();
        WorkOrder order = get(id);
        int days = jdbc.sql("select coalesce(extension_days, 0) from hotline_order where id = ? and extension_status = 'PENDING'")
                .param(id).query(Integer.class).optional().orElseThrow(() -> new OneWindowException(
                        HotlineErrorCode.HOTLINE_WRONG_STATE, "没有待审批的延期申请"));
        LocalDate due = approve ? workingDays.addWorkingDays(order.handleDue(), days) : order.handleDue();
        jdbc.sql("update hotline_order set extension_status = ?, handle_due = ? where id = ?")
                .params(approve ? "APPROVED" : "REJECTED", due, id).update();
        event(id, approve ? "EXTENDED" : "EXTENSION_REFUSED", approve ? "同意延期，办理时限改为 " + due : "不同意延期");
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
        event(id, "PAUSED", "待来电人补充：" + text);
    }

    /** The caller supplied what was missing: the 办理 limit moves on by the working days spent waiting. */
    @Transactional
    public void resume(UUID id, String supplement, LocalDate today) {
        centre();
        String text = Inputs.required(supplement, "补充内容", 1000, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        var since = jdbc.sql("select paused_since from hotline_order where id = ? and paused_since is not null").param(id)
                .query(LocalDate.class).optional().orElseThrow(() -> new OneWindowException(
                        HotlineErrorCode.HOTLINE_WRONG_STATE, "工单不在待补充状态"));
        int waited = workingDays.workingDaysBetween(since, today);
        LocalDate due = workingDays.addWorkingDays(get(id).handleDue(), waited);
        jdbc.sql("update hotline_order set paused_since = null, handle_due = ? where id = ?").params(due, id).update();
        event(id, "RESUMED", "来电人已补充：" + text + "；暂停 " + waited + " 个工作日，办理时限改为 " + due);
    }

    /** 审核: the centre finds the unit's reply does not answer the request and sends it back with the reason. */
    @Transactional
    public void rejectReply(UUID id, String reason) {
        centre();
        String text = Inputs.required(reason, "退回理由", 500, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        move(id, OrderStatus.REPLIED, OrderStatus.SIGNED, "reply = null, replied_at = null", null);
        event(id, "REPLY_REJECTED", "答复审核未通过，退回承办单位：" + text);
    }

    /** 回访: the centre calls the caller back; 不满意 reopens the order (重办) unless it was reopened enough times. */
    @Transactional
    public boolean callback(UUID id, String result, String note) {
        centre();
        if (result == null || !List.of("SATISFIED", "FAIR", "UNSATISFIED").contains(result)) {
            throw invalid("请选择回访结果");
        }
        String text = Inputs.optional(note, "回访记录", 500, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        WorkOrder order = get(id);
        if (order.status() != OrderStatus.REPLIED) {
            throw wrongState(order);
        }
        // the 回访 is also the lead unit's 好差评 rating (the evaluation module hears it once this commits)
        events.publishEvent(new CallbackRecorded(order.number(), units.isCompany(order.leadUnit()) ? null
                : order.leadUnit(), CallbackRecorded.Verdict.valueOf(result), clock.instant()));
        boolean reopen = result.equals("UNSATISFIED") && order.reopenCount() < settings.maxReopens();
        if (reopen) {
            LocalDate today = ChinaTime.today();
            move(id, OrderStatus.REPLIED, OrderStatus.DISPATCHED, "callback_result = ?, reopen_count = reopen_count + 1, "
                    + "sign_due = ?, handle_due = ?, dispatched_at = now(), reply = null", result, signDue(order, today),
                    handleDue(order, today));
            event(id, "REOPENED", "回访不满意，重办（第 " + (order.reopenCount() + 1) + " 次）" + (text == null ? "" : "：" + text));
            if (order.enterprise() && order.reopenCount() + 1 >= 2) {
                escalate(id, "重办两次");
            }
        } else {
            move(id, OrderStatus.REPLIED, OrderStatus.CLOSED, "callback_result = ?, closed_at = now()", result);
            event(id, "CLOSED", "回访：" + WorkOrder.callbackLabel(result) + (text == null ? "" : "；" + text));
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
        centre();
        escalate(id, Inputs.required(reason, "提级理由", 200, HotlineErrorCode.HOTLINE_INVALID_INPUT));
    }

    private void escalate(UUID id, String reason) {
        int changed = jdbc.sql("""
                update hotline_order set escalation_level = 1, escalated_at = now(), escalation_reason = ?
                where id = ? and escalation_level = 0 and status <> 'CLOSED'""").params(reason, id).update();
        if (changed == 1) {
            event(id, "ESCALATED", "提级办理：" + reason);
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

    public WorkOrder get(UUID id) {
        return find(id).orElseThrow(() -> new OneWindowException(HotlineErrorCode.HOTLINE_NOT_FOUND, "工单不存在"));
    }

    /** For the unit's pages: the order only if it is the unit's. */
    public WorkOrder forUnit(UUID id) {
        WorkOrder order = get(id);
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
        WorkOrder order = get(id);
        String department = CurrentUsers.current().map(CurrentUser::departmentId).orElse(null);
        boolean coUnit = department != null && jdbc.sql("select count(*) from hotline_co_unit where order_id = ? and unit_id = ?")
                .params(id, department).query(Long.class).single() > 0;
        return coUnit ? order : forUnit(id);
    }

    public List<CoUnit> coUnits(UUID id) {
        return jdbc.sql("select unit_id, opinion from hotline_co_unit where order_id = ? order by unit_id").param(id)
                .query((rs, n) -> new CoUnit(rs.getString(1), units.name(rs.getString(1)), rs.getString(2))).list();
    }

    /** 协办意见 from a co-unit while the lead unit handles the order. */
    @Transactional
    public void coOpinion(UUID id, String opinion) {
        String department = CurrentUsers.current().filter(u -> u.has(Role.APPROVER) || u.has(Role.DEPT_ADMIN))
                .map(CurrentUser::departmentId).orElse("");
        String text = Inputs.required(opinion, "协办意见", 2000, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        WorkOrder order = get(id);
        if (order.status() == OrderStatus.CLOSED) {
            throw wrongState(order);
        }
        int changed = jdbc.sql("update hotline_co_unit set opinion = ?, opinion_at = now() where order_id = ? and unit_id = ?")
                .params(text, id, department).update();
        if (changed == 0) {
            throw new OneWindowException(HotlineErrorCode.HOTLINE_NOT_FOUND, "工单不存在");
        }
        event(id, "CO_OPINION", units.name(department) + "协办意见：" + text);
    }

    /** The caller in full for the lead unit, only when the centre asked it to call back (never for anonymous orders). */
    public Optional<Caller> callerForUnitCallback(UUID id) {
        WorkOrder order = forUnit(id);
        boolean allowed = jdbc.sql("select unit_callback from hotline_order where id = ?").param(id).query(Boolean.class).single();
        if (!allowed || order.anonymous()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select caller_name, caller_phone from hotline_order where id = ?").param(id)
                .query((rs, n) -> new Caller(decrypt(rs.getBytes(1)), decrypt(rs.getBytes(2)))).single());
    }

    public Caller callerOf(UUID id) {
        centre();
        return jdbc.sql("select caller_name, caller_phone from hotline_order where id = ?").param(id)
                .query((rs, n) -> new Caller(decrypt(rs.getBytes(1)), decrypt(rs.getBytes(2)))).single();
    }

    public List<WorkOrder> open() {
        return jdbc.sql("select * from hotline_order where status <> 'CLOSED' order by created_at desc limit 200")
                .query(WorkOrders::map).list();
    }

    public List<WorkOrder> ofMyUnit() {
        String unit = CurrentUsers.current().map(CurrentUser::departmentId).orElse("");
        return jdbc.sql("""
                select * from hotline_order where lead_unit = ?
                   or id in (select order_id from hotline_co_unit where unit_id = ?)
                order by status = 'CLOSED', handle_due""").params(unit == null ? "" : unit, unit == null ? "" : unit)
                .query(WorkOrders::map).list();
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
                .query(WorkOrders::map).optional();
    }

    /** Orders for the Open311 list, newest first; {@code open} null for both. */
    /**
     * Orders a stranger may see (Open311): the reporter agreed to publish them, and they are none of 举报, 亲清在线
     * or a phone call (whose caller was never asked).
     */
    private static final String PUBLISHABLE = "public_consent and type <> 'REPORT' and channel <> 'PHONE'"
            + " and enterprise_credit_code is null";

    public List<WorkOrder> published(String categoryCode, Boolean open, int limit) {
        return jdbc.sql("select * from hotline_order where " + PUBLISHABLE
                + " and (cast(? as varchar) is null or category_code = ?)"
                + " and (cast(? as boolean) is null or (status <> 'CLOSED') = ?) order by created_at desc limit ?")
                .params(categoryCode, categoryCode, open, open, limit).query(WorkOrders::map).list();
    }

    public Optional<WorkOrder> publishedByNumber(String number) {
        return jdbc.sql("select * from hotline_order where " + PUBLISHABLE + " and number = ?").param(number)
                .query(WorkOrders::map).optional();
    }

    Optional<WorkOrder> find(UUID id) {
        return jdbc.sql("select * from hotline_order where id = ?").param(id).query(WorkOrders::map).optional();
    }

    /**
     * The one place an order changes status: {@code to} must be allowed after {@code from} ({@link OrderStatus}), and
     * the update happens only if the order is still in {@code from}; {@code set} adds the columns that go with it.
     */
    private void move(UUID id, OrderStatus from, OrderStatus to, String set, String value, Object... more) {
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
            throw wrongState(get(id));
        }
    }

    private void event(UUID id, String action, String note) {
        String actor = CurrentUsers.current().map(CurrentUser::displayName).orElse("网上/接口");
        jdbc.sql("insert into hotline_order_event (order_id, actor, action, note) values (?, ?, ?, ?)")
                .params(id, actor, action, note).update();
        jdbc.sql("update hotline_order set updated_at = now() where id = ?").param(id).update();
        auditLog.record("HOTLINE_" + action, "hotline.order", id.toString(), null, note == null ? Map.of() : Map.of("note", note));
    }

    private void centre() {
        CurrentUsers.current().filter(u -> u.has(Role.HOTLINE_AGENT)).orElseThrow(() -> new OneWindowException(
                HotlineErrorCode.HOTLINE_NOT_ALLOWED, "只有热线坐席可以进行此操作"));
    }

    private String decrypt(byte[] sealed) {
        return sealed == null ? null : protector.decrypt(sealed);
    }

    private static OrderType parseType(String type) {
        try {
            return OrderType.valueOf(type == null ? "" : type);
        } catch (IllegalArgumentException e) {
            throw invalid("请选择诉求类型（咨询、求助、投诉、举报、建议、表扬）");
        }
    }

    private static OneWindowException invalid(String message) {
        return new OneWindowException(HotlineErrorCode.HOTLINE_INVALID_INPUT, message);
    }

    private static OneWindowException wrongState(WorkOrder order) {
        return new OneWindowException(HotlineErrorCode.HOTLINE_WRONG_STATE, "工单当前为“" + order.status().label() + "”，不能进行此操作");
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
