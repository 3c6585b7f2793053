package io.onewindow.inspection.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.CreditCodes;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.People;
import io.onewindow.identity.Role;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's own risk judgements of enterprises, imported by its administrator as CSV — one line per enterprise:
 * 统一社会信用代码,信用等级,依据. All lines or none: every bad line is named with its reason. Each enterprise's tier
 * is then recomputed (the higher risk of these and its inspection results).
 */
@Service
public class TierReports {

    private static final int MAX_LINES = 10_000;

    private final JdbcClient jdbc;
    private final People people;
    private final CreditTiers tiers;
    private final AuditLog auditLog;

    TierReports(JdbcClient jdbc, People people, CreditTiers tiers, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.people = people;
        this.tiers = tiers;
        this.auditLog = auditLog;
    }

    /** Returns the number of enterprises reported. */
    @Transactional
    public int importCsv(String csv) {
        CurrentUser admin = CurrentUsers.current().filter(u -> u.has(Role.DEPT_ADMIN) && u.departmentId() != null)
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.FORBIDDEN, "只有部门管理员可以报送信用等级"));
        String[] lines = (csv == null ? "" : csv.replace("\uFEFF", "")).split("\\r?\\n");
        if (lines.length > MAX_LINES) {
            throw invalid("一次最多报送 " + MAX_LINES + " 行");
        }
        Map<String, String[]> rows = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || i == 0 && line.startsWith("统一社会信用代码")) {
                continue;
            }
            String[] cells = line.split(",", 3);
            String code = cells[0].strip().toUpperCase();
            String tier = cells.length > 1 ? cells[1].strip().toUpperCase() : "";
            String basis = cells.length > 2 ? cells[2].strip() : "";
            String why = !CreditCodes.check(code).valid() ? "统一社会信用代码无效"
                    : people.enterpriseByCreditCode(code).isEmpty() ? "不在检查对象名录中"
                    : !tier.matches("[ABCD]") ? "信用等级应为 A、B、C 或 D"
                    : basis.isEmpty() || basis.length() > 200 ? "请写明依据（200 字以内）"
                    : rows.containsKey(code) ? "同一企业重复报送" : null;
            if (why != null) {
                errors.add("第 " + (i + 1) + " 行：" + why);
            } else {
                rows.put(code, new String[] {tier, basis});
            }
        }
        if (!errors.isEmpty()) {
            throw invalid("未导入，请改正后重新报送：" + String.join("；", errors.subList(0, Math.min(errors.size(), 20)))
                    + (errors.size() > 20 ? "；等共 " + errors.size() + " 处" : ""));
        }
        if (rows.isEmpty()) {
            throw invalid("文件中没有信用等级数据（每行：统一社会信用代码,信用等级,依据）");
        }
        rows.forEach((code, r) -> jdbc.sql("""
                insert into inspection_tier_report (credit_code, department_id, tier, basis, reported_on, reported_by)
                values (?, ?, ?, ?, ?, ?) on conflict (credit_code, department_id) do update set tier = excluded.tier,
                  basis = excluded.basis, reported_on = excluded.reported_on, reported_by = excluded.reported_by""")
                .params(code, admin.departmentId(), r[0], r[1], ChinaTime.today(), admin.username()).update());
        auditLog.record("CREDIT_TIERS_REPORTED", "inspection.tier_report", admin.departmentId(), null,
                Map.of("enterprises", rows.size()));
        rows.keySet().forEach(tiers::recompute);
        return rows.size();
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, detail);
    }
}
