package io.onewindow.reform.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.calendar.WorkingDays;
import io.onewindow.identity.CurrentUser;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督办单: the city office sends one to the unit responsible for a late measure (an overdue milestone, a missed
 * deadline or report); the unit answers in writing within the plan's N working days; one not answered by then is
 * escalated — the unit's administrators and the office are told, and it counts against the unit's score.
 */
@Service
public class Notices {

    private final WorkRepository work;
    private final Progress progress;
    private final WorkingDays workingDays;
    private final AuditLog auditLog;
    private final ReformMessages messages;

    Notices(WorkRepository work, Progress progress, WorkingDays workingDays, AuditLog auditLog,
            ReformMessages messages) {
        this.work = work;
        this.progress = progress;
        this.workingDays = workingDays;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    /** Issues a 督办单 for a late measure; {@code milestone}: the overdue milestone it is about, or null. */
    @Transactional
    public WorkRepository.Notice issue(String code, String key, Integer milestone, String note) {
        CurrentUser office = PlanLoading.office();
        PlanView view = progress.statusView(code);
        PlanView.MeasureView m = view.measure(key);
        if (m == null) {
            throw new OneWindowException(PlatformErrorCode.NOT_FOUND, "计划中没有举措 " + key);
        }
        String reason;
        if (milestone != null) {
            var s = m.milestones().stream().filter(x -> x.ordinal() == milestone).findFirst()
                    .orElseThrow(() -> invalid("该举措没有所选的里程碑"));
            if (!s.overdue()) {
                throw invalid("里程碑“" + s.title() + "”尚未超期，无需督办");
            }
            reason = "里程碑“" + s.title() + "”应于 " + s.dueOn() + " 完成，已超期 " + s.overdueWorkingDays() + " 个工作日";
        } else if (m.status() == MeasureStatus.LATE || m.status() == MeasureStatus.AT_RISK) {
            reason = String.join("；", m.reasons());
        } else {
            throw invalid("该举措按计划推进，无需督办");
        }
        String extra = Inputs.optional(note, "督办意见", 500, PlatformErrorCode.VALIDATION_FAILED);
        String unit = responsibleUnit(m);
        LocalDate due = workingDays.addWorkingDays(ChinaTime.today(), view.plan().answerWorkingDays());
        var notice = new WorkRepository.Notice(UUID.randomUUID(), work.nextNoticeNumber(ChinaTime.today().getYear()), key,
                unit, milestone, reason + (extra == null ? "" : "。督办意见：" + extra), office.username(), null, due, null,
                null, null, "ISSUED", null);
        work.insertNotice(code, notice);
        auditLog.record("REFORM_NOTICE_ISSUED", "reform.notice", notice.id().toString(), null,
                Map.of("number", notice.number(), "measure", key, "unit", unit, "answerDue", due.toString()));
        messages.toUnit(unit, "督办单 " + notice.number(), "督办单 " + notice.number() + "，工作要点举措 " + key + "：" + reason + "。请于 " + due
                + " 前在“督办任务”中书面答复整改措施和完成时间。", notice.id().toString());
        return notice;
    }

    /** The unit answers its 督办单. */
    @Transactional
    public void answer(UUID id, String text) {
        CurrentUser user = Claims.unitAdmin();
        var notice = work.notice(id).filter(n -> n.unitId().equals(user.departmentId()))
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.NOT_FOUND, "没有这份督办单"));
        String answer = Inputs.required(text, "答复内容", 2000, PlatformErrorCode.VALIDATION_FAILED);
        if (!work.answer(id, answer, user.username())) {
            throw new OneWindowException(PlatformErrorCode.CONFLICT, "该督办单已答复");
        }
        auditLog.record("REFORM_NOTICE_ANSWERED", "reform.notice", id.toString(), Map.of("status", "ISSUED"),
                Map.of("status", "ANSWERED", "onTime", !ChinaTime.today().isAfter(notice.answerDue())));
    }

    /** 督办单 not answered by their date: escalated once each (two nodes at once escalate it once). */
    @Transactional
    public int escalateOverdue(LocalDate today) {
        int escalated = 0;
        for (var n : work.overdueNotices(today)) {
            if (work.escalated(n.id())) {
                auditLog.record("REFORM_NOTICE_ESCALATED", "reform.notice", n.id().toString(), null,
                        Map.of("number", n.number(), "answerDue", n.answerDue().toString()));
                String text = "督办单 " + n.number() + "（举措 " + n.measureKey() + "）应于 " + n.answerDue()
                        + " 前答复，逾期未答复，已提级督办。";
                messages.toUnit(n.unitId(), "督办单逾期未答复", text, n.id().toString());
                work.officeOf(n.id()).ifPresent(office -> messages.toOffice(office, "督办单逾期未答复", text, n.id().toString()));
                escalated++;
            }
        }
        return escalated;
    }

    /** The lead unit when it is on the platform, else the first department that took the measure on. */
    private static String responsibleUnit(PlanView.MeasureView m) {
        if (PlanLoading.isDepartment(m.measure().leadUnit())) {
            return m.measure().leadUnit();
        }
        return m.claims().stream().map(WorkRepository.Claim::unitId).filter(PlanLoading::isDepartment).findFirst()
                .orElseThrow(() -> invalid("牵头单位“" + m.leadName() + "”不在平台上，也没有部门认领此举措，请线下督办"));
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, detail);
    }
}
