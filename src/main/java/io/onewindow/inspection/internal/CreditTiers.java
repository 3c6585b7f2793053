package io.onewindow.inspection.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.People;
import io.onewindow.organization.Organization;
import io.onewindow.platform.ChinaTime;
import io.onewindow.policy.Fact;
import io.onewindow.policy.PolicyImport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 信用风险分类 from the platform's own inspection results of the last 12 months, with the rule shown to the
 * enterprise: two or more 立案 → D; one → C; a problem corrected on order (首违不罚 included) → B; only clean
 * inspections → A; none → B. A change is audited with the facts that made it. The tiers feed the draw's ratios and
 * the policy module's fact 信用等级.
 */
@Service
public class CreditTiers {

    public static final String RULE = "按近 12 个月的抽查结果分类：立案查处（含复查未整改）2 次及以上为 D 类；1 次为 C 类；"
            + "发现问题已责令改正（含首违不罚）为 B 类；检查均未发现问题为 A 类；近 12 个月未被检查为 B 类。"
            + "有关部门近 12 个月报送的信用等级风险更高的，按报送的等级。";

    /** An enterprise's tier with the facts it rests on. */
    public record Tier(String tier, String explanation) {
    }

    private final JdbcClient jdbc;
    private final ResultRepository results;
    private final AuditLog auditLog;
    private final People people;
    private final PolicyImport policy;
    private final Organization organization;

    CreditTiers(JdbcClient jdbc, ResultRepository results, AuditLog auditLog, People people, PolicyImport policy,
            Organization organization) {
        this.organization = organization;
        this.jdbc = jdbc;
        this.results = results;
        this.auditLog = auditLog;
        this.people = people;
        this.policy = policy;
    }

    public Tier of(String creditCode) {
        return jdbc.sql("select tier, explanation from inspection_tier where credit_code = ?").param(creditCode)
                .query((rs, n) -> new Tier(rs.getString(1), rs.getString(2))).optional()
                .orElse(new Tier("B", "近 12 个月未被检查，按 B 类管理。"));
    }

    void recompute(String creditCode) {
        LocalDate since = ChinaTime.today().minusMonths(12);
        List<ResultRepository.Published> recent = results.ofEntitySince(creditCode, since);
        // a problem not corrected by the 复查 counts as 立案
        long violations = recent.stream().filter(r -> r.outcome().equals("VIOLATION")
                || r.outcome().equals("RECTIFY") && Boolean.FALSE.equals(r.corrected())).count();
        long rectified = recent.stream().filter(r -> r.outcome().equals("RECTIFY") && !Boolean.FALSE.equals(r.corrected())).count();
        long clean = recent.stream().filter(r -> r.outcome().equals("NO_PROBLEM")).count();
        String fromInspections = violations >= 2 ? "D" : violations == 1 ? "C" : rectified >= 1 ? "B" : clean >= 1 ? "A" : "B";
        List<String> facts = new ArrayList<>();
        // departments' own judgements of the last 12 months: the higher risk counts
        String[] tierHolder = {fromInspections};
        jdbc.sql("""
                select r.tier, r.basis, r.reported_on, r.department_id from inspection_tier_report r
                where r.credit_code = ? and r.reported_on >= ? order by r.department_id""").params(creditCode, since)
                .query(rs -> {
                    String reported = rs.getString(1);
                    String department = organization.departmentName(rs.getString(4));
                    facts.add(department + "报送 " + reported + " 类（" + rs.getString(2) + "，" + rs.getObject(3, LocalDate.class) + "）");
                    if (reported.compareTo(tierHolder[0]) > 0) {
                        tierHolder[0] = reported;
                    }
                });
        String tier = tierHolder[0];
        for (ResultRepository.Published r : recent) {
            facts.add(r.inspectedOn() + " 抽查：" + r.outcomeLabel()
                    + (r.entry() == null ? "" : "（适用" + r.entry().listLabel() + "：" + r.entry().discretion() + "）")
                    + (r.corrected() == null ? "" : r.corrected() ? "，复查已整改" : "，复查未整改（按立案计）"));
        }
        String explanation = "当前为 " + tier + " 类。" + RULE + " 依据：" + (facts.isEmpty() ? "无" : String.join("；", facts)) + "。";
        Optional<Tier> before = jdbc.sql("select tier, explanation from inspection_tier where credit_code = ?")
                .param(creditCode).query((rs, n) -> new Tier(rs.getString(1), rs.getString(2))).optional();
        jdbc.sql("""
                insert into inspection_tier (credit_code, tier, reason, explanation) values (?, ?, '按抽查结果计算', ?)
                on conflict (credit_code) do update set tier = excluded.tier, reason = excluded.reason,
                  explanation = excluded.explanation, updated_at = now()""").params(creditCode, tier, explanation).update();
        // 惠企政策 rules may ask for the tier (fact 信用等级): it is supplied as 市场监管's figure
        people.enterpriseByCreditCode(creditCode).ifPresent(e -> policy.supplyFigures(List.of(
                new PolicyImport.DepartmentFigure(e.id(), Fact.CREDIT_TIER, tier, ChinaTime.today())),
                "乐山市市场监督管理局（信用风险分类）", "inspection"));
        if (before.map(b -> !b.tier().equals(tier)).orElse(!tier.equals("B"))) {
            auditLog.record("CREDIT_TIER_CHANGED", "inspection.tier", creditCode,
                    Map.of("tier", before.map(Tier::tier).orElse("B")), Map.of("tier", tier, "explanation", explanation));
        }
    }
}
