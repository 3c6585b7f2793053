package io.onewindow.reform.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 认领 and 责任制: a department (its 部门管理员) claims a measure for itself with a responsible person and its own
 * steps, or the city office assigns one to it; the office confirms a claim. Claiming again (a new responsible
 * person, other steps) needs confirming again.
 */
@Service
public class Claims {

    private final WorkPlanRepository plans;
    private final WorkRepository work;
    private final AuditLog auditLog;
    private final ReformMessages messages;

    Claims(WorkPlanRepository plans, WorkRepository work, AuditLog auditLog, ReformMessages messages) {
        this.plans = plans;
        this.work = work;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    @Transactional
    public void claim(String code, String key, String responsible, String contact, String steps) {
        CurrentUser user = unitAdmin();
        measure(code, key);
        String person = Inputs.required(responsible, "责任人", 50, PlatformErrorCode.VALIDATION_FAILED);
        String phone = Inputs.optional(contact, "联系电话", 50, PlatformErrorCode.VALIDATION_FAILED);
        String ownSteps = Inputs.optional(steps, "本单位工作步骤", 2000, PlatformErrorCode.VALIDATION_FAILED);
        var before = work.claim(code, key, user.departmentId());
        work.upsertClaim(code, new WorkRepository.Claim(key, user.departmentId(), person, phone, ownSteps, "CLAIMED",
                user.username(), null, null));
        auditLog.record("REFORM_MEASURE_CLAIMED", "reform.claim", code + "/" + key + "/" + user.departmentId(),
                before.map(c -> Map.<String, Object>of("status", c.status())).orElse(null),
                Map.of("status", "CLAIMED", "responsible", person));
    }

    /** 交办: the office gives a measure to a department, which then names its responsible person. */
    @Transactional
    public void assign(String code, String key, String unitId) {
        CurrentUser office = PlanLoading.office();
        measure(code, key);
        if (!PlanLoading.isDepartment(unitId) || plans.published(code).isEmpty()) {
            throw invalid("请选择平台上的部门");
        }
        work.assign(code, key, unitId, office.username());
        auditLog.record("REFORM_MEASURE_ASSIGNED", "reform.claim", code + "/" + key + "/" + unitId, null,
                Map.of("status", "ASSIGNED", "by", office.username()));
        messages.toUnit(unitId, "督办交办", "市优化营商环境工作领导小组办公室向本单位交办了工作要点举措 " + key
                + "，请在“督办任务”中认领并明确责任人。", code + "/" + key);
    }

    @Transactional
    public void confirm(String code, String key, String unitId) {
        CurrentUser office = PlanLoading.office();
        if (!work.confirm(code, key, unitId, office.username())) {
            throw new OneWindowException(PlatformErrorCode.CONFLICT, "该单位尚未认领此举措，或认领已确认");
        }
        auditLog.record("REFORM_CLAIM_CONFIRMED", "reform.claim", code + "/" + key + "/" + unitId,
                Map.of("status", "CLAIMED"), Map.of("status", "CONFIRMED", "by", office.username()));
        messages.toUnit(unitId, "认领已确认", "本单位对工作要点举措 " + key + " 的认领已由督办机构确认。", code + "/" + key);
    }

    WorkPlanRepository.MeasureRow measure(String code, String key) {
        var plan = plans.published(code).orElseThrow(() -> new OneWindowException(PlatformErrorCode.NOT_FOUND, "没有这个计划"));
        return plans.measures(plan.id()).stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.NOT_FOUND, "计划中没有举措 " + key));
    }

    /** A department's 部门管理员 acts for the department. */
    static CurrentUser unitAdmin() {
        return CurrentUsers.current().filter(u -> u.has(Role.DEPT_ADMIN) && u.departmentId() != null)
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.FORBIDDEN, "只有部门管理员可以代表本单位认领和报送"));
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, detail);
    }
}
