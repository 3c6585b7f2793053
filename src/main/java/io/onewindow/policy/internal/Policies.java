package io.onewindow.policy.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.People;
import io.onewindow.identity.Role;
import io.onewindow.organization.Organization;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import io.onewindow.policy.Eligibility;
import io.onewindow.policy.PolicyErrorCode;
import io.onewindow.policy.Rule;
import io.onewindow.policy.RuleParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The policy library: drafts checked at save time, 试算 (what-if) over every registered enterprise before
 * publishing, publication (then immutable), and the eligibility of one enterprise with reasons.
 */
@Service
public class Policies {

    static final ZoneId CHINA = ChinaTime.ZONE;

    public record Draft(String code, String title, String issuer, String docNumber, String basis, String validFrom,
            String validTo, String summary, String ruleJson, String amountYuan, boolean automatic) {
    }

    public record Policy(UUID id, String code, int version, String title, String issuer, String docNumber, String basis,
            LocalDate validFrom, LocalDate validTo, String summary, String ruleJson, BigDecimal amountYuan,
            boolean automatic, String status, OffsetDateTime publishedAt) {
    }

    /** 试算: how many registered enterprises qualify, the cost, and where they are. */
    public record WhatIf(long enterprises, long eligible, BigDecimal cost, Map<String, Long> byRegion) {
    }

    /** One published policy for one enterprise. */
    public record Offer(Policy policy, Eligibility.Result result) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final People people;
    private final Organization organization;
    private final AuditLog auditLog;

    Policies(JdbcClient jdbc, JsonMapper json, People people, Organization organization, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.json = json;
        this.people = people;
        this.organization = organization;
        this.auditLog = auditLog;
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
        BigDecimal amount;
        try {
            amount = new BigDecimal(Inputs.required(d.amountYuan(), "补助金额", 20, code));
        } catch (NumberFormatException e) {
            throw invalid("补助金额应为数字（元）");
        }
        if (amount.signum() <= 0 || amount.scale() > 2) {
            throw invalid("补助金额应为大于 0、最多两位小数的金额（元）");
        }
        parseRule(d.ruleJson());
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from policy_policy where code = ?").param(policyCode)
                .query(Integer.class).single();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into policy_policy (id, code, version, title, issuer, doc_number, basis, valid_from, valid_to, summary,
                    rule_json, amount_yuan, automatic, status, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?)""")
                .params(id, policyCode, version, title, issuer, docNumber, basis, from, to, summary, d.ruleJson().strip(),
                        amount, d.automatic(), user.username()).update();
        auditLog.record("POLICY_DRAFTED", "policy.policy", id.toString(), null, Map.of("code", policyCode, "version", version));
        return id;
    }

    /** 发布: a draft becomes public and never changes again. */
    @Transactional
    public void publish(UUID id) {
        editor();
        int changed = jdbc.sql("update policy_policy set status = 'PUBLISHED', published_at = now() where id = ? and status = 'DRAFT'")
                .param(id).update();
        if (changed == 0) {
            throw new OneWindowException(PolicyErrorCode.POLICY_WRONG_STATE, "只有草稿可以发布；已发布的版本不能修改");
        }
        auditLog.record("POLICY_PUBLISHED", "policy.policy", id.toString(), Map.of("status", "DRAFT"), Map.of("status", "PUBLISHED"));
    }

    /** 试算 over every registered enterprise. */
    public WhatIf whatIf(UUID id) {
        Policy p = get(id);
        Rule rule = parseRule(p.ruleJson());
        LocalDate today = ChinaTime.today();
        long[] counts = new long[2];
        Map<String, Long> byRegion = new TreeMap<>();
        people.eachEnterprise(e -> {
            counts[0]++;
            if (Eligibility.evaluate(rule, EnterpriseFacts.of(e, today)).eligible()) {
                counts[1]++;
                String region = organization.regionByGbCode(e.regionCode()).map(r -> r.name()).orElse(e.regionCode());
                byRegion.merge(region, 1L, Long::sum);
            }
        });
        return new WhatIf(counts[0], counts[1], p.amountYuan().multiply(BigDecimal.valueOf(counts[1])), byRegion);
    }

    /** An enterprise on a generated eligible list. */
    public record Candidate(UUID enterpriseId, String creditCode, String name, String region) {
    }

    /** A payout an enterprise received without applying. */
    public record Payout(String policyTitle, BigDecimal amountYuan, OffsetDateTime paidAt) {
    }

    /** 免申即享: the enterprises the published policy finds eligible today. */
    public List<Candidate> eligibleList(UUID id) {
        Policy p = get(id);
        Rule rule = parseRule(p.ruleJson());
        LocalDate today = ChinaTime.today();
        List<Candidate> out = new java.util.ArrayList<>();
        people.eachEnterprise(e -> {
            if (Eligibility.evaluate(rule, EnterpriseFacts.of(e, today)).eligible()) {
                out.add(new Candidate(e.id(), e.creditCode(), e.name(),
                        organization.regionByGbCode(e.regionCode()).map(r -> r.name()).orElse(e.regionCode())));
            }
        });
        return out;
    }

    /**
     * Confirms the 免申即享 list once: every eligible enterprise not excluded (each exclusion needs a reason) is paid
     * the policy's amount and sees it at 可享政策.
     *
     * @param exclusions credit code → reason
     * @return how many enterprises were paid
     */
    @Transactional
    public int confirmBatch(UUID id, Map<String, String> exclusions) {
        CurrentUser user = editor();
        Policy p = get(id);
        if (!p.automatic() || !"PUBLISHED".equals(p.status())) {
            throw new OneWindowException(PolicyErrorCode.POLICY_WRONG_STATE, "只有已发布的免申即享政策可以确认兑现");
        }
        if (jdbc.sql("select count(*) from policy_batch where policy_id = ?").param(id).query(Integer.class).single() > 0) {
            throw new OneWindowException(PolicyErrorCode.POLICY_WRONG_STATE, "该政策的兑现名单已确认过，不能重复确认");
        }
        List<Candidate> eligible = eligibleList(id);
        var codes = eligible.stream().map(Candidate::creditCode).collect(java.util.stream.Collectors.toSet());
        for (var e : exclusions.entrySet()) {
            if (!codes.contains(e.getKey())) {
                throw invalid("排除的企业 " + e.getKey() + " 不在符合名单中");
            }
            Inputs.required(e.getValue(), "排除理由（" + e.getKey() + "）", 200, PolicyErrorCode.POLICY_INVALID_INPUT);
        }
        List<Candidate> paid = eligible.stream().filter(c -> !exclusions.containsKey(c.creditCode())).toList();
        UUID batch = UUID.randomUUID();
        BigDecimal total = p.amountYuan().multiply(BigDecimal.valueOf(paid.size()));
        jdbc.sql("insert into policy_batch (id, policy_id, confirmed_by, enterprises, total_yuan) values (?, ?, ?, ?, ?)")
                .params(batch, id, user.username(), paid.size(), total).update();
        exclusions.forEach((code, reason) -> jdbc.sql("insert into policy_batch_exclusion (batch_id, credit_code, reason) values (?, ?, ?)")
                .params(batch, code, reason.strip()).update());
        for (Candidate c : paid) {
            jdbc.sql("insert into policy_payout (batch_id, enterprise_id, credit_code, enterprise_name, amount_yuan) values (?, ?, ?, ?, ?)")
                    .params(batch, c.enterpriseId(), c.creditCode(), c.name(), p.amountYuan()).update();
        }
        auditLog.record("POLICY_BATCH_CONFIRMED", "policy.policy", id.toString(), null,
                Map.of("paid", paid.size(), "excluded", exclusions.size(), "total", total.toPlainString()));
        return paid.size();
    }

    public Optional<Integer> batchSize(UUID id) {
        return jdbc.sql("select enterprises from policy_batch where policy_id = ?").param(id).query(Integer.class).optional();
    }

    /** What the signed-in enterprise was paid without applying. */
    public List<Payout> myPayouts() {
        UUID enterprise = CurrentUsers.current().map(CurrentUser::partyId).orElse(null);
        return jdbc.sql("""
                select p.title, o.amount_yuan, o.paid_at from policy_payout o join policy_batch b on b.id = o.batch_id
                join policy_policy p on p.id = b.policy_id where o.enterprise_id = ? order by o.paid_at desc""")
                .param(enterprise).query((rs, n) -> new Payout(rs.getString(1), rs.getBigDecimal(2),
                        rs.getObject(3, OffsetDateTime.class))).list();
    }

    /** Published policies in force, newest version of each code. */
    public List<Policy> published() {
        return jdbc.sql("""
                select distinct on (code) * from policy_policy where status = 'PUBLISHED' and valid_to >= ?
                order by code, version desc""").param(ChinaTime.today()).query(Policies::map).list();
    }

    public List<Policy> all() {
        return jdbc.sql("select * from policy_policy order by code, version desc").query(Policies::map).list();
    }

    /** 可享政策: every published policy for the signed-in enterprise, eligible first, with the reasons. */
    public List<Offer> forMyEnterprise() {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        var enterprise = Optional.ofNullable(user.partyId()).flatMap(people::enterprise).orElseThrow(() -> new OneWindowException(
                PolicyErrorCode.POLICY_NOT_ALLOWED, "请使用企业账号登录查看可享政策"));
        var facts = EnterpriseFacts.of(enterprise, ChinaTime.today());
        return published().stream().map(p -> new Offer(p, Eligibility.evaluate(parseRule(p.ruleJson()), facts)))
                .sorted((a, b) -> Boolean.compare(b.result().eligible(), a.result().eligible())).toList();
    }

    public Policy get(UUID id) {
        return jdbc.sql("select * from policy_policy where id = ?").param(id).query(Policies::map).optional()
                .orElseThrow(() -> new OneWindowException(PolicyErrorCode.POLICY_NOT_FOUND, "政策不存在"));
    }

    Rule parseRule(String ruleJson) {
        Object tree;
        try {
            tree = json.readValue(Inputs.required(ruleJson, "适用条件", 20000, PolicyErrorCode.POLICY_INVALID_INPUT), Object.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw invalid("适用条件不是有效的 JSON");
        }
        try {
            return RuleParser.parse(tree);
        } catch (RuleParser.InvalidRule e) {
            throw invalid("适用条件有误：" + e.getMessage());
        }
    }

    private CurrentUser editor() {
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

    private static OneWindowException invalid(String message) {
        return new OneWindowException(PolicyErrorCode.POLICY_INVALID_INPUT, message);
    }

    private static Policy map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Policy(rs.getObject("id", UUID.class), rs.getString("code"), rs.getInt("version"), rs.getString("title"),
                rs.getString("issuer"), rs.getString("doc_number"), rs.getString("basis"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getString("summary"),
                rs.getString("rule_json"), rs.getBigDecimal("amount_yuan"), rs.getBoolean("automatic"), rs.getString("status"),
                rs.getObject("published_at", OffsetDateTime.class));
    }
}
