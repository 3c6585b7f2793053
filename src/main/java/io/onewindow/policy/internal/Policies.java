package io.onewindow.policy.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.catalog.Catalog;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.People;
import io.onewindow.identity.Role;
import io.onewindow.organization.Organization;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import io.onewindow.policy.PolicyErrorCode;
import io.onewindow.policy.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The policy library: drafts checked at save time, publication (then immutable), the policies in force and the
 * figures per policy. 试算 is {@link WhatIfAnalysis}, 免申即享 兑现 {@link Payouts}, 可享政策 {@link EnterpriseOffers}.
 */
@Service
public class Policies {

    public record Draft(String code, String title, String issuer, String docNumber, String basis, String validFrom,
            String validTo, String summary, String ruleJson, String benefitJson, boolean automatic, String applyItemCode) {
    }

    public record Policy(UUID id, String code, int version, String title, String issuer, String docNumber, String basis,
            LocalDate validFrom, LocalDate validTo, String summary, String ruleJson, String benefitJson, String benefitText,
            boolean automatic, String applyItemCode, String status, OffsetDateTime publishedAt, String departmentId) {
    }

    /** Per policy: eligible / notified / paid, amount paid, and days from eligibility to payment. */
    public record Figures(Policy policy, long eligible, long notified, long paid, BigDecimal paidYuan, BigDecimal daysToPay) {
    }

    private final JdbcClient jdbc;
    private final People people;
    private final Organization organization;
    private final AuditLog auditLog;
    private final Catalog catalog;
    private final FactBase facts;
    private final Matching matching;
    private final PolicyRules rules;
    private final TransactionTemplate transaction;

    Policies(JdbcClient jdbc, People people, Organization organization, AuditLog auditLog, Catalog catalog, FactBase facts,
            Matching matching, PolicyRules rules, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.people = people;
        this.organization = organization;
        this.auditLog = auditLog;
        this.catalog = catalog;
        this.facts = facts;
        this.matching = matching;
        this.rules = rules;
        this.transaction = transaction;
    }

    /** Saves a new draft version of a policy code; everything is checked first, nothing stored on a mistake. */
    @Transactional
    public UUID saveDraft(Draft d) {
        CurrentUser user = editor();
        var code = PolicyErrorCode.POLICY_INVALID_INPUT;
        String policyCode = Inputs.required(d.code(), "政策代码", 30, code);
        if (!policyCode.matches("[A-Za-z0-9-]+")) {
            throw invalid("政策代码只能包含字母、数字和连字符");
        }
        String title = Inputs.required(d.title(), "政策名称", 200, code);
        String issuer = Inputs.required(d.issuer(), "发布单位", 100, code);
        String docNumber = Inputs.required(d.docNumber(), "文号", 100, code);
        String basis = Inputs.optional(d.basis(), "政策依据", 500, code);
        String summary = Inputs.required(d.summary(), "政策摘要", 2000, code);
        LocalDate from = date(d.validFrom(), "有效期开始");
        LocalDate to = date(d.validTo(), "有效期结束");
        if (to.isBefore(from)) {
            throw invalid("有效期结束不能早于开始");
        }
        rules.rule(d.ruleJson());
        rules.benefit(d.benefitJson());
        String applyItem = Inputs.optional(d.applyItemCode(), "申报事项编码", 40, code);
        if (d.automatic() && applyItem != null) {
            throw invalid("免申即享政策无需申报，不能同时填写申报事项");
        }
        if (applyItem != null && catalog.published(applyItem).isEmpty()) {
            throw invalid("申报事项“" + applyItem + "”不在已发布的事项清单中");
        }
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from policy_policy where code = ?").param(policyCode)
                .query(Integer.class).single();
        // a code belongs to the department that drafted its first version
        String department = jdbc.sql("select department_id from policy_policy where code = ? and version = 1").param(policyCode)
                .query(String.class).optional().orElse(user.departmentId());
        mayManage(user, department, policyCode);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into policy_policy (id, code, version, title, issuer, doc_number, basis, valid_from, valid_to, summary,
                    rule_json, benefit_json, automatic, apply_item_code, status, created_by, department_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)""")
                .params(id, policyCode, version, title, issuer, docNumber, basis, from, to, summary, d.ruleJson().strip(),
                        d.benefitJson().strip(), d.automatic(), applyItem, user.username(), department).update();
        auditLog.record("POLICY_DRAFTED", "policy.policy", id.toString(), null, Map.of("code", policyCode, "version", version));
        return id;
    }

    /**
     * 发布: a draft becomes public and never changes again; then every enterprise is matched against it in the
     * background. Returns that run.
     */
    public UUID publish(UUID id) {
        Policy policy = get(id);
        mayManage(editor(), policy.departmentId(), policy.code());
        transaction.executeWithoutResult(s -> {
            int changed = jdbc.sql("update policy_policy set status = 'PUBLISHED', published_at = now() where id = ? and status = 'DRAFT'")
                    .param(id).update();
            if (changed == 0) {
                throw new OneWindowException(PolicyErrorCode.POLICY_WRONG_STATE, "只有草稿可以发布；已发布的版本不能修改");
            }
            auditLog.record("POLICY_PUBLISHED", "policy.policy", id.toString(), Map.of("status", "DRAFT"), Map.of("status", "PUBLISHED"));
        });
        return matching.matchAllInBackground("PUBLISH");
    }

    Optional<Policy> inForce(String code) {
        return jdbc.sql("select * from policy_policy where code = ? and status = 'PUBLISHED' order by version desc limit 1")
                .param(code).query(this::map).optional();
    }

    /** Published policies in force, newest version of each code. */
    public List<Policy> published() {
        return jdbc.sql(PolicyRules.IN_FORCE).param(ChinaTime.today()).query(this::map).list();
    }

    public List<Policy> all() {
        return jdbc.sql("select * from policy_policy order by code, version desc").query(this::map).list();
    }

    /** Per published policy: eligible now, notified, paid, amount paid, average days from eligibility to payment. */
    public List<Figures> figures() {
        Map<UUID, long[]> matches = new java.util.HashMap<>();
        jdbc.sql("select policy_id, count(*), count(notified_at) from policy_match group by policy_id")
                .query(rs -> {
                    matches.put(rs.getObject(1, UUID.class), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        // payouts count for the code, whichever of its versions they were made under
        record Paid(long count, BigDecimal yuan, BigDecimal days) {
        }
        Map<String, Paid> paid = new java.util.HashMap<>();
        jdbc.sql("""
                select p.code, count(*), sum(o.amount_yuan), round(avg(o.paid_at::date - o.eligible_since), 1)
                from policy_policy p join policy_batch b on b.policy_id = p.id join policy_payout o on o.batch_id = b.id
                group by p.code""").query(rs -> {
                    paid.put(rs.getString(1), new Paid(rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                });
        return published().stream().map(p -> {
            long[] m = matches.getOrDefault(p.id(), new long[2]);
            Paid x = paid.getOrDefault(p.code(), new Paid(0, BigDecimal.ZERO, null));
            return new Figures(p, m[0], m[1], x.count(), x.yuan(), x.days());
        }).toList();
    }

    /** A policy's rule, read from its JSON. */
    public Rule rule(Policy p) {
        return rules.rule(p.ruleJson());
    }

    public Policy get(UUID id) {
        return jdbc.sql("select * from policy_policy where id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> new OneWindowException(PolicyErrorCode.POLICY_NOT_FOUND, "政策不存在"));
    }

    /** Another department's policy is read-only: its versions and payouts are that department's decisions. */
    void mayManage(CurrentUser user, String departmentId, String code) {
        if (!user.has(Role.SYS_ADMIN) && departmentId != null && !departmentId.equals(user.departmentId())) {
            throw new OneWindowException(PolicyErrorCode.POLICY_NOT_ALLOWED, "政策 " + code + " 由其他部门维护，您只能查看");
        }
    }

    CurrentUser editor() {
        return CurrentUsers.current().filter(u -> u.has(Role.SYS_ADMIN) || u.has(Role.DEPT_ADMIN)).orElseThrow(() ->
                new OneWindowException(PolicyErrorCode.POLICY_NOT_ALLOWED, "只有部门管理员可以维护政策"));
    }

    private static LocalDate date(String text, String label) {
        try {
            return LocalDate.parse(Inputs.required(text, label, 10, PolicyErrorCode.POLICY_INVALID_INPUT));
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(label + "应为日期（如 2023-01-01）");
        }
    }

    static OneWindowException invalid(String message) {
        return new OneWindowException(PolicyErrorCode.POLICY_INVALID_INPUT, message);
    }

    private Policy map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String benefitJson = rs.getString("benefit_json");
        return new Policy(rs.getObject("id", UUID.class), rs.getString("code"), rs.getInt("version"), rs.getString("title"),
                rs.getString("issuer"), rs.getString("doc_number"), rs.getString("basis"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getString("summary"),
                rs.getString("rule_json"), benefitJson, rules.benefit(benefitJson).describe(), rs.getBoolean("automatic"),
                rs.getString("apply_item_code"), rs.getString("status"), rs.getObject("published_at", OffsetDateTime.class),
                rs.getString("department_id"));
    }
}
