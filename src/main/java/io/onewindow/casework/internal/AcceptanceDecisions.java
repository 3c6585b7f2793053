package io.onewindow.casework.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.calendar.WorkingDays;
import io.onewindow.casework.ApplicantNotice;
import io.onewindow.casework.CaseAccepted;
import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.casework.ClockState;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competent department's acceptance decision on a submitted case: 受理 (the clock starts), 一次性告知 (one
 * notice listing everything to correct; no clock runs while the applicant corrects) or 不予受理 (reason and legal
 * basis). After acceptance the department records the periods the law excludes from the clock.
 */
@Service
public class AcceptanceDecisions {

    private static final Set<String> PAUSE_KINDS = Set.of("CORRECTION", "HEARING", "TESTING", "EXPERT_REVIEW", "PUBLIC_NOTICE");

    private final CaseRepository cases;
    private final PauseRepository pauses;
    private final CaseAccess access;
    private final WorkingDays workingDays;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Approvals approvals;

    AcceptanceDecisions(CaseRepository cases, PauseRepository pauses, CaseAccess access, WorkingDays workingDays, AuditLog auditLog, ApplicationEventPublisher events, Approvals approvals) {
        this.cases = cases;
        this.pauses = pauses;
        this.access = access;
        this.workingDays = workingDays;
        this.auditLog = auditLog;
        this.events = events;
        this.approvals = approvals;
    }

    @Transactional
    public CaseRecord accept(UUID caseId) {
        CaseRecord c = decidable(caseId);
        LocalDate today = ChinaTime.today();
        move(c, CaseStatus.ACCEPTED, Map.of("accepted_on", today));
        CaseRecord accepted = cases.find(caseId).orElseThrow();
        ClockState clock = clock(accepted).orElseThrow();
        record(accepted, "ACCEPTED", "受理，法定办结期限 " + clock.statutoryDue() + "，承诺 " + clock.promisedDue());
        // the applicant is told by the Notifier, which hears this once the acceptance commits
        events.publishEvent(new CaseAccepted(accepted.id(), accepted.number(), accepted.itemCode(),
                accepted.itemVersion(), accepted.departmentId(), today, clock.promisedDue()));
        // the approval procedure starts in this transaction: case and process instance commit together
        approvals.start(accepted, null);
        return accepted;
    }

    /** 一次性告知: every item in one notice; the applicant corrects once and resubmits. */
    @Transactional
    public CaseRecord requestCorrection(UUID caseId, List<String> items) {
        CaseRecord c = decidable(caseId);
        List<String> notice = items == null ? List.of() : items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (notice.isEmpty()) {
            throw new OneWindowException(CaseworkErrorCode.CASE_INVALID_INPUT, "一次性告知须列明需要补正的全部内容");
        }
        if (notice.stream().anyMatch(s -> s.length() > 500)) {
            throw new OneWindowException(CaseworkErrorCode.CASE_INVALID_INPUT, "每项补正说明不能超过 500 个字");
        }
        move(c, CaseStatus.CORRECTION_REQUIRED, Map.of("correction_notice", notice));
        CaseRecord updated = cases.find(caseId).orElseThrow();
        record(updated, "CORRECTION_REQUIRED", "一次性告知：" + String.join("；", notice));
        events.publishEvent(new ApplicantNotice(updated.id(), "您的办件 " + updated.number() + " 需要补正，请按一次性告知书一次补齐后重新提交。"));
        return updated;
    }

    @Transactional
    public CaseRecord reject(UUID caseId, String reason, String legalBasis) {
        CaseRecord c = decidable(caseId);
        String why = Inputs.required(reason, "不予受理的理由", 1000, CaseworkErrorCode.CASE_INVALID_INPUT);
        String basis = Inputs.required(legalBasis, "法律依据", 500, CaseworkErrorCode.CASE_INVALID_INPUT);
        move(c, CaseStatus.REJECTED, Map.of("decision_reason", why, "decision_basis", basis));
        CaseRecord updated = cases.find(caseId).orElseThrow();
        record(updated, "REJECTED", "不予受理：" + why + "（依据：" + basis + "）");
        events.publishEvent(new ApplicantNotice(updated.id(), "您的办件 " + updated.number() + " 不予受理，请查看不予受理决定书。"));
        return updated;
    }

    /** Stops the clock for a period the law excludes; {@link #resume} restarts it. */
    @Transactional
    public void pause(UUID caseId, String kind, String note) {
        CaseRecord c = staffCase(caseId);
        if (c.status() != CaseStatus.ACCEPTED) {
            throw new OneWindowException(CaseworkErrorCode.CASE_WRONG_STATE, "只有审批中的办件可以暂停计时");
        }
        if (!PAUSE_KINDS.contains(kind)) {
            throw new OneWindowException(CaseworkErrorCode.CASE_INVALID_INPUT, "暂停计时的情形无效");
        }
        if (pauses.hasOpen(caseId)) {
            throw new OneWindowException(CaseworkErrorCode.CASE_WRONG_STATE, "计时已在暂停中");
        }
        String why = Inputs.required(note, "暂停说明", 500, CaseworkErrorCode.CASE_INVALID_INPUT);
        pauses.open(caseId, kind, ChinaTime.today(), why);
        record(c, "PAUSED", pauseLabel(kind) + "，暂停计时：" + why);
    }

    @Transactional
    public void resume(UUID caseId) {
        CaseRecord c = staffCase(caseId);
        if (pauses.close(caseId, ChinaTime.today()) == 0) {
            throw new OneWindowException(CaseworkErrorCode.CASE_WRONG_STATE, "计时没有暂停");
        }
        record(c, "RESUMED", "恢复计时");
    }

    /** The clock of an accepted case, if it has one. */
    public java.util.Optional<ClockState> clock(CaseRecord c) {
        if (c.acceptedOn() == null || c.status() != CaseStatus.ACCEPTED) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(StatutoryClock.of(c.acceptedOn(), c.statutoryDays(), c.promisedDays(),
                pauses.ofCase(c.id()), workingDays.snapshot(), ChinaTime.today()));
    }

    /** The clocks of a list of cases with one query for all their pauses (list pages: no query per row). */
    public java.util.Map<UUID, ClockState> clocks(List<CaseRecord> cases) {
        List<CaseRecord> running = cases.stream().filter(c -> c.acceptedOn() != null && c.status() == CaseStatus.ACCEPTED).toList();
        var pausesByCase = pauses.ofCases(running.stream().map(CaseRecord::id).toList());
        var calendar = workingDays.snapshot();
        LocalDate today = ChinaTime.today();
        java.util.Map<UUID, ClockState> clocks = new java.util.HashMap<>();
        for (CaseRecord c : running) {
            clocks.put(c.id(), StatutoryClock.of(c.acceptedOn(), c.statutoryDays(), c.promisedDays(),
                    pausesByCase.getOrDefault(c.id(), List.of()), calendar, today));
        }
        return clocks;
    }

    static String pauseLabel(String kind) {
        return switch (kind) {
            case "CORRECTION" -> "补正";
            case "HEARING" -> "听证";
            case "TESTING" -> "检验检测";
            case "EXPERT_REVIEW" -> "专家评审";
            default -> "公示";
        };
    }

    private CaseRecord decidable(UUID caseId) {
        CaseRecord c = staffCase(caseId);
        if (c.status() != CaseStatus.SUBMITTED) {
            throw new OneWindowException(CaseworkErrorCode.CASE_WRONG_STATE,
                    "只有待受理的办件可以作出受理决定，当前为“" + c.status().label() + "”");
        }
        return c;
    }

    private CaseRecord staffCase(UUID caseId) {
        CaseRecord c = access.visible(caseId);
        if (!access.isDepartmentStaff(CurrentUsers.current().orElseThrow(), c)) {
            throw new OneWindowException(CaseworkErrorCode.CASE_FORBIDDEN, "只有主管部门的审批人员可以作出决定");
        }
        return c;
    }

    private void move(CaseRecord c, CaseStatus to, Map<String, Object> columns) {
        if (!cases.transition(c, c.status(), to, columns)) {
            throw new OneWindowException(CaseworkErrorCode.CASE_WRONG_STATE, "办件已被他人处理，请刷新后查看");
        }
    }

    private void record(CaseRecord c, String type, String note) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        cases.event(c.id(), user.displayName(), type, note);
        auditLog.record("CASE_" + type, "casework.case", c.id().toString(), null,
                Map.of("status", c.status().name(), "note", note));
    }
}
