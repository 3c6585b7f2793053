package io.onewindow.casework.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.casework.ApplicantNotice;
import io.onewindow.casework.CaseApproved;
import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.ServiceFlag;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.PartyKind;
import io.onewindow.identity.Role;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import io.onewindow.workflow.Processes;
import io.onewindow.workflow.WorkTask;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 后台分类审批: after 受理 each case runs its item version's BPMN. Approvers work the steps offered to their
 * department's roles; the 决定 step decides 准予 / 不予; a case can be sent back to any earlier step. 秒批 items are
 * decided by their rules inside the submitting request. Every step is audited with who and the opinion.
 */
@Service
public class Approvals {

    static final String DECIDE = "decide";

    private final CaseRepository cases;
    private final OutcomeRepository outcomes;
    private final Processes processes;
    private final Catalog catalog;
    private final CaseAccess access;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    Approvals(CaseRepository cases, OutcomeRepository outcomes, Processes processes, Catalog catalog, CaseAccess access, AuditLog auditLog, ApplicationEventPublisher events) {
        this.cases = cases;
        this.outcomes = outcomes;
        this.processes = processes;
        this.catalog = catalog;
        this.access = access;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** Starts the approval procedure of an accepted case, in the accepting transaction. */
    void start(CaseRecord c, List<InstantRules.Result> rules) {
        ItemVersion item = catalog.version(c.itemCode(), c.itemVersion()).orElseThrow();
        boolean auto = rules != null && InstantRules.allPassed(rules);
        String instance = processes.start(c.id().toString(), c.itemCode() + ":v" + c.itemVersion(), item.bpmnXml(),
                Map.of("autoApproved", auto, "departmentId", c.departmentId()));
        outcomes.processStarted(c.id(), instance, rules);
        if (auto) {
            decide(cases.find(c.id()).orElseThrow(), true, null, null, "系统（秒批规则）");
        } else if (rules != null) {
            cases.event(c.id(), "系统", "RULES_FAILED", "秒批规则未全部通过，转人工审核："
                    + rules.stream().filter(r -> !r.passed()).map(r -> r.rule() + "（" + r.detail() + "）")
                            .collect(Collectors.joining("；")));
        }
    }

    /**
     * 秒批秒办: a submitted case of an instant item is accepted at once and decided by the item's rules in the same
     * request, on the pre-check the submission actually had; when a rule fails it waits for a person at the 人工审核
     * step, with the failed rules recorded (and, when it passes, the licences it rested on).
     */
    void acceptInstantly(CaseRecord submitted, List<PreCheck.Finding> findings,
            Map<Integer, io.onewindow.casework.HeldLicenses.HeldLicense> licenses,
            Map<Integer, io.onewindow.casework.SharedMaterials.Fetch> shared) {
        ItemVersion item = catalog.version(submitted.itemCode(), submitted.itemVersion()).orElseThrow();
        List<InstantRules.Result> rules = InstantRules.evaluate(item.guide(), findings, licenses, shared,
                outcomes.recentRefusals(submitted.applicantId()));
        if (!cases.transition(submitted, CaseStatus.SUBMITTED, CaseStatus.ACCEPTED,
                Map.of("accepted_on", ChinaTime.today()))) {
            throw new OneWindowException(CaseworkErrorCode.CASE_WRONG_STATE, "办件状态已变化，请刷新后查看");
        }
        cases.event(submitted.id(), "系统", "ACCEPTED", "秒批事项，自动受理");
        auditLog.record("CASE_ACCEPTED", "casework.case", submitted.id().toString(), Map.of("status", "SUBMITTED"),
                Map.of("status", "ACCEPTED", "by", "system"));
        start(cases.find(submitted.id()).orElseThrow(), rules);
    }

    /** The candidate groups of an approver: each of their roles in their department. */
    public static Set<String> groupsOf(CurrentUser user) {
        if (user.departmentId() == null) {
            return Set.of();
        }
        return user.roles().stream().filter(r -> r == Role.APPROVER || r == Role.DEPT_ADMIN)
                .map(r -> "dept:" + user.departmentId() + ":" + r.name()).collect(Collectors.toSet());
    }

    public List<WorkTask> myTasks() {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        return processes.tasks(groupsOf(user), user.accountId().toString());
    }

    public List<WorkTask> tasksOf(CaseRecord c) {
        return processes.tasksOfCase(c.id().toString());
    }

    public List<io.onewindow.workflow.Processes.Step> earlierSteps(String taskId) {
        return processes.earlierSteps(own(taskId).id());
    }

    @Transactional
    public void claim(String taskId) {
        WorkTask task = own(taskId);
        CurrentUser user = CurrentUsers.current().orElseThrow();
        processes.claim(task.id(), user.accountId().toString());
        record(task, "TASK_CLAIMED", task.name() + "：认领");
    }

    @Transactional
    public void release(String taskId) {
        WorkTask task = own(taskId);
        processes.release(task.id());
        record(task, "TASK_RELEASED", task.name() + "：释放");
    }

    /** Completes a review step (审查、审核、会审、现场勘查、专家评审) with the approver's opinion. */
    @Transactional
    public void pass(String taskId, String opinion) {
        WorkTask task = own(taskId);
        if (task.activityId().equals(DECIDE)) {
            throw new OneWindowException(CaseworkErrorCode.CASE_INVALID_INPUT, "决定环节请选择准予或不予");
        }
        String text = Inputs.required(opinion, "办理意见", 1000, CaseworkErrorCode.CASE_INVALID_INPUT);
        processes.complete(task.id(), Map.of("outcome", "pass"));
        record(task, "TASK_COMPLETED", task.name() + "：" + text);
    }

    /** The 决定 step: 准予 or 不予 (with reason and legal basis). */
    @Transactional
    public void decide(String taskId, boolean approve, String reason, String basis) {
        WorkTask task = own(taskId);
        if (!task.activityId().equals(DECIDE)) {
            throw new OneWindowException(CaseworkErrorCode.CASE_INVALID_INPUT, "只有决定环节可以作出准予或不予的决定");
        }
        CaseRecord c = cases.find(UUID.fromString(task.caseId())).orElseThrow();
        if (!approve) {
            Inputs.required(reason, "不予许可的理由", 1000, CaseworkErrorCode.CASE_INVALID_INPUT);
            Inputs.required(basis, "法律依据", 500, CaseworkErrorCode.CASE_INVALID_INPUT);
        }
        processes.complete(task.id(), Map.of("outcome", approve ? "approve" : "deny"));
        decide(c, approve, reason, basis, CurrentUsers.current().orElseThrow().displayName());
    }

    /** Sends the case back to an earlier step; all parallel branches are cancelled and re-run. */
    @Transactional
    public void returnTo(String taskId, String activityId, String reason) {
        WorkTask task = own(taskId);
        String why = Inputs.required(reason, "退回理由", 500, CaseworkErrorCode.CASE_INVALID_INPUT);
        String target = processes.earlierSteps(task.id()).stream().filter(s -> s.activityId().equals(activityId))
                .map(io.onewindow.workflow.Processes.Step::name).findFirst()
                .orElseThrow(() -> new OneWindowException(CaseworkErrorCode.CASE_INVALID_INPUT, "只能退回到本环节之前的环节"));
        processes.returnTo(task.id(), activityId, why);
        record(task, "TASK_RETURNED", task.name() + " 退回至 " + target + "：" + why);
    }

    private void decide(CaseRecord c, boolean approve, String reason, String basis, String by) {
        Map<String, Object> columns = approve ? Map.of() : Map.of("decision_reason", reason, "decision_basis", basis);
        if (!cases.transition(c, CaseStatus.ACCEPTED, approve ? CaseStatus.APPROVED : CaseStatus.DENIED, columns)) {
            throw new OneWindowException(CaseworkErrorCode.CASE_WRONG_STATE, "办件已被他人处理，请刷新后查看");
        }
        outcomes.decided(c.id(), by);
        var guide = catalog.version(c.itemCode(), c.itemVersion()).orElseThrow().guide();
        cases.event(c.id(), by, approve ? "APPROVED" : "DENIED", approve ? "决定：准予" : "决定：不予许可。理由：" + reason);
        auditLog.record(approve ? "CASE_APPROVED" : "CASE_DENIED", "casework.case", c.id().toString(),
                Map.of("status", "ACCEPTED"), Map.of("status", approve ? "APPROVED" : "DENIED", "by", by,
                        "opinion", approve ? "准予" : reason));
        events.publishEvent(new ApplicantNotice(c.id(), "您的办件 " + c.number() + (approve ? " 已准予，" : " 不予许可，") + "可下载决定书，结果将通过"
                + "窗口领取或您选择的方式送达。"));
        if (approve) {
            Map<String, String> particulars = new java.util.LinkedHashMap<>();
            Set<String> identity = Applications.verifiedFields(guide, c.applicantKind());
            for (var f : guide.form()) {
                String value = c.form().get(f.key());
                boolean personal = f.type() == io.onewindow.catalog.FormField.Type.PHONE
                        || f.type() == io.onewindow.catalog.FormField.Type.EMAIL
                        || f.type() == io.onewindow.catalog.FormField.Type.ID_NUMBER || identity.contains(f.key())
                        || "contact".equals(f.key());
                if (!personal && value != null && !value.isBlank()) {
                    particulars.put(f.label(), value);
                }
            }
            events.publishEvent(new CaseApproved(c.id(), c.number(), c.itemCode(), c.itemVersion(), c.departmentId(),
                    c.regionId(), guide.name(), PartyKind.valueOf(c.applicantKind()), c.applicantId(), c.applicantName(),
                    guide.resultLicenseType(), guide.validity(), ChinaTime.today(), particulars));
        }
    }

    /** A task the current approver may act on: offered to one of their groups or assigned to them; else 404. */
    private WorkTask own(String taskId) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        WorkTask task = processes.task(taskId).orElseThrow(CaseAccess::notFound);
        boolean mine = user.accountId().toString().equals(task.assignee())
                || task.groups().stream().anyMatch(groupsOf(user)::contains);
        if (!mine) {
            throw new OneWindowException(CaseworkErrorCode.CASE_FORBIDDEN, "该环节不属于您的部门和岗位");
        }
        if (task.assignee() != null && !task.assignee().equals(user.accountId().toString())) {
            throw new OneWindowException(CaseworkErrorCode.CASE_FORBIDDEN, "该环节已由他人认领");
        }
        return task;
    }

    private void record(WorkTask task, String type, String note) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        cases.event(UUID.fromString(task.caseId()), user.displayName(), type, note);
        auditLog.record("CASE_" + type, "casework.case", task.caseId(), null,
                Map.of("task", task.activityId(), "by", user.username(), "note", note));
    }

    static boolean isInstant(ItemVersion item) {
        return item.guide().has(ServiceFlag.INSTANT_APPROVAL);
    }
}
