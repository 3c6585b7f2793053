package io.onewindow.reform.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * 进展报送 with evidence: a unit on a measure reports its status, % done, what it did, the figures the platform cannot
 * see (贷款余额 …), the milestones done, and a file. The office reports (代报) for a unit that has no account.
 * Everything is checked before anything is stored.
 */
@Service
public class Reports {

    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    private static final Set<String> STATUSES = Set.of("ON_TRACK", "AT_RISK", "DONE");

    /** What a unit reports. {@code targetValues}: target ordinal → figure, for the targets the unit reports. */
    public record NewReport(String period, String status, Integer percent, String narrative,
            Map<Integer, String> targetValues, Set<Integer> milestonesDone, String fileName, byte[] file) {
    }

    private final WorkPlanRepository plans;
    private final WorkRepository work;
    private final Claims claims;
    private final AuditLog auditLog;
    private final JsonMapper json;

    Reports(WorkPlanRepository plans, WorkRepository work, Claims claims, AuditLog auditLog, JsonMapper json) {
        this.plans = plans;
        this.work = work;
        this.claims = claims;
        this.auditLog = auditLog;
        this.json = json;
    }

    @Transactional
    public UUID report(String code, String key, NewReport r) {
        CurrentUser user = CurrentUsers.current().orElseThrow(() -> forbidden());
        WorkPlanRepository.MeasureRow m = claims.measure(code, key);
        String unit = reportingUnit(user, code, m);
        String period = period(r.period());
        if (r.status() == null || !STATUSES.contains(r.status())) {
            throw invalid("请选择进展状态");
        }
        if (r.percent() == null || r.percent() < 0 || r.percent() > 100) {
            throw invalid("完成比例应为 0–100");
        }
        String narrative = r.narrative() == null ? "" : r.narrative().strip();
        if (narrative.isEmpty() || narrative.length() > 2000) {
            throw invalid("请填写工作进展（不超过 2000 字）");
        }
        var plan = plans.published(code).orElseThrow();
        var targets = plans.targets(plan.id()).stream().filter(t -> t.measureKey().equals(key)).toList();
        Map<String, String> values = targetValues(targets, r.targetValues());
        var milestones = plans.milestones(plan.id()).stream().filter(s -> s.measureKey().equals(key)).toList();
        Set<Integer> done = r.milestonesDone() == null ? Set.of() : r.milestonesDone();
        for (Integer ordinal : done) {
            if (milestones.stream().noneMatch(s -> s.ordinal() == ordinal)) {
                throw invalid("该举措没有所选的里程碑");
            }
        }
        WorkRepository.StoredFile file = Evidence.check(r.fileName(), r.file());
        UUID id = UUID.randomUUID();
        work.saveReport(code, new WorkRepository.Report(id, key, unit, period, r.status(), r.status().equals("DONE") ? 100
                : r.percent(), narrative, json.writeValueAsString(values), user.username(), null, null), file);
        // 已完成 means every milestone is
        (r.status().equals("DONE") ? milestones.stream().map(WorkPlanRepository.MilestoneRow::ordinal).toList() : List.copyOf(done))
                .forEach(o -> work.milestoneDone(code, key, o, ChinaTime.today(), id));
        auditLog.record("REFORM_PROGRESS_REPORTED", "reform.report", id.toString(), null, Map.of("measure", key,
                "unit", unit, "period", period, "status", r.status(), "percent", r.percent(), "file",
                file == null ? "" : file.name()));
        return id;
    }

    /** The report's file, for anyone who may see the plan's work. */
    @Transactional(readOnly = true)
    public WorkRepository.StoredFile file(String code, UUID reportId) {
        return work.reportFile(code, reportId).orElseThrow(() -> new OneWindowException(PlatformErrorCode.NOT_FOUND, "没有这个附件"));
    }

    /** The unit's own claim, or — for the office — the lead unit that has no account (代报). */
    private String reportingUnit(CurrentUser user, String code, WorkPlanRepository.MeasureRow m) {
        if (user.has(Role.DEPT_ADMIN) && user.departmentId() != null
                && work.claim(code, m.key(), user.departmentId()).isPresent()) {
            return user.departmentId();
        }
        if ((user.has(Role.SUPERVISOR) || user.has(Role.SYS_ADMIN)) && !PlanLoading.isDepartment(m.leadUnit())) {
            return m.leadUnit();
        }
        throw new OneWindowException(PlatformErrorCode.FORBIDDEN, user.has(Role.DEPT_ADMIN)
                ? "本单位尚未认领此举措，请先认领" : "只有认领该举措的单位可以报送进展");
    }

    private Map<String, String> targetValues(List<WorkPlanRepository.TargetRow> targets, Map<Integer, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> e : (given == null ? Map.<Integer, String>of() : given).entrySet()) {
            String v = e.getValue() == null ? "" : e.getValue().strip();
            if (v.isEmpty()) {
                continue;
            }
            var target = targets.stream().filter(t -> t.ordinal() == e.getKey()).findFirst()
                    .orElseThrow(() -> invalid("该举措没有所填的指标"));
            if (target.measured()) {
                throw invalid("指标“" + target.label() + "”由平台实时计算，无需填报");
            }
            try {
                BigDecimal value = new BigDecimal(v);
                if (value.abs().compareTo(new BigDecimal("1e15")) > 0) {
                    throw invalid("指标“" + target.label() + "”的数值过大");
                }
                values.put(String.valueOf(e.getKey()), value.toPlainString());
            } catch (NumberFormatException ex) {
                throw invalid("指标“" + target.label() + "”应填数字，如 230 或 13.5");
            }
        }
        return values;
    }

    private static String period(String text) {
        try {
            YearMonth p = YearMonth.parse(text == null ? "" : text.strip());
            if (p.isAfter(YearMonth.from(ChinaTime.today()))) {
                throw invalid("不能报送未来月份的进展");
            }
            return p.toString();
        } catch (DateTimeParseException e) {
            throw invalid("报送期应为年月，如 2023-07");
        }
    }

    private static OneWindowException forbidden() {
        return new OneWindowException(PlatformErrorCode.FORBIDDEN, "请先登录");
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, detail);
    }
}
