package io.onewindow.policy.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.catalog.Catalog;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Enterprise;
import io.onewindow.identity.Industries;
import io.onewindow.identity.People;
import io.onewindow.identity.Role;
import io.onewindow.identity.SizeClass;
import io.onewindow.organization.Organization;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import io.onewindow.policy.Benefit;
import io.onewindow.policy.Eligibility;
import io.onewindow.policy.Fact;
import io.onewindow.policy.PolicyErrorCode;
import io.onewindow.policy.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The policy library: drafts checked at save time, 试算 (what-if) over every enterprise before publishing,
 * publication (then immutable), 免申即享 batches, 可享政策 with reasons, and the figures per policy.
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

    /** The draft against the version in force of the same code. */
    public record Comparison(int version, long eligible, BigDecimal cost, long gained, long lost) {
    }

    /** 试算: how many enterprises qualify, the cost, and where they are, by region, industry and size. */
    public record WhatIf(long enterprises, long eligible, BigDecimal cost, Map<String, Long> byRegion,
            Map<String, Long> byIndustry, Map<String, Long> bySize, Comparison current) {
    }

    /** One published policy for one enterprise. */
    public record Offer(Policy policy, Eligibility.Result result, Benefit.Amount amount, boolean fresh) {
    }

    /** An enterprise on a generated eligible list. */
    public record Candidate(UUID enterpriseId, String creditCode, String name, String region, BigDecimal amountYuan) {
    }

    /** A payout an enterprise received without applying. */
    public record Payout(String policyTitle, BigDecimal amountYuan, OffsetDateTime paidAt, String bankRef) {
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

    /** 试算 over every enterprise and its current facts, compared with the version in force. */
    public WhatIf whatIf(UUID id) {
        Policy p = get(id);
        Rule rule = rules.rule(p.ruleJson());
        Benefit benefit = rules.benefit(p.benefitJson());
        FactTable table = facts.snapshot();
        long[] bits = ColumnMatcher.eligible(rule, table);
        Map<String, Long> byRegion = new TreeMap<>();
        Map<String, Long> byIndustry = new TreeMap<>();
        Map<String, Long> bySize = new java.util.LinkedHashMap<>();
        for (SizeClass size : SizeClass.values()) {
            bySize.put(size.label(), 0L);
        }
        BigDecimal cost = BigDecimal.ZERO;
        Map<String, String> regionNames = new java.util.HashMap<>();
        for (int row = 0; row < table.size; row++) {
            if (!ColumnMatcher.get(bits, row)) {
                continue;
            }
            cost = cost.add(Matching.amount(benefit, table, row));
            Object region = table.value(Fact.REGION, row);
            byRegion.merge(region == null ? "未知" : regionNames.computeIfAbsent((String) region, c ->
                    organization.regionByGbCode(c).map(r -> r.name()).orElse(c)), 1L, Long::sum);
            Object industry = table.value(Fact.INDUSTRY, row);
            byIndustry.merge(industry == null ? "未知" : Industries.sectionName((String) industry), 1L, Long::sum);
            Object size = table.value(Fact.SIZE_CLASS, row);
            bySize.merge(size == null ? "未知" : SizeClass.valueOf((String) size).label(), 1L, Long::sum);
        }
        long eligible = ColumnMatcher.count(bits);
        return new WhatIf(table.size, eligible, cost, byRegion, byIndustry, bySize, compare(p, table, bits));
    }

    private Comparison compare(Policy draft, FactTable table, long[] draftBits) {
        return inForce(draft.code()).filter(current -> !current.id().equals(draft.id())).map(current -> {
            long[] bits = ColumnMatcher.eligible(rules.rule(current.ruleJson()), table);
            Benefit benefit = rules.benefit(current.benefitJson());
            BigDecimal cost = BigDecimal.ZERO;
            long gained = 0;
            long lost = 0;
            for (int row = 0; row < table.size; row++) {
                boolean underCurrent = ColumnMatcher.get(bits, row);
                boolean underDraft = ColumnMatcher.get(draftBits, row);
                if (underCurrent) {
                    cost = cost.add(Matching.amount(benefit, table, row));
                }
                gained += underDraft && !underCurrent ? 1 : 0;
                lost += underCurrent && !underDraft ? 1 : 0;
            }
            return new Comparison(current.version(), ColumnMatcher.count(bits), cost, gained, lost);
        }).orElse(null);
    }

    private Optional<Policy> inForce(String code) {
        return jdbc.sql("select * from policy_policy where code = ? and status = 'PUBLISHED' order by version desc limit 1")
                .param(code).query(this::map).optional();
    }

    /** 免申即享: the enterprises the published policy finds eligible today, with their amount. */
    public List<Candidate> eligibleList(UUID id) {
        Policy p = get(id);
        Benefit benefit = rules.benefit(p.benefitJson());
        FactTable table = facts.snapshot();
        long[] bits = ColumnMatcher.eligible(rules.rule(p.ruleJson()), table);
        List<Candidate> out = new java.util.ArrayList<>();
        Map<String, String> regionNames = new java.util.HashMap<>();
        for (int row = 0; row < table.size; row++) {
            if (ColumnMatcher.get(bits, row)) {
                String region = (String) table.value(Fact.REGION, row);
                out.add(new Candidate(table.ids[row], table.creditCodes[row], table.names[row], region == null ? "" :
                        regionNames.computeIfAbsent(region, c -> organization.regionByGbCode(c).map(r -> r.name()).orElse(c)),
                        Matching.amount(benefit, table, row)));
            }
        }
        return out;
    }

    /**
     * Confirms the 免申即享 list once: every eligible enterprise not excluded (each exclusion needs a reason) is paid
     * its amount under the batch's 国库集中支付 voucher and sees it at 可享政策.
     *
     * @param exclusions credit code → reason
     * @return how many enterprises were paid
     */
    @Transactional
    public int confirmBatch(UUID id, String voucher, Map<String, String> exclusions) {
        CurrentUser user = editor();
        Policy p = get(id);
        mayManage(user, p.departmentId(), p.code());
        String payment = Inputs.required(voucher, "国库集中支付凭证号", 40, PolicyErrorCode.POLICY_INVALID_INPUT);
        if (!payment.matches("[A-Za-z0-9-]+")) {
            throw invalid("国库集中支付凭证号只能包含字母、数字和连字符");
        }
        if (!p.automatic() || !"PUBLISHED".equals(p.status())) {
            throw new OneWindowException(PolicyErrorCode.POLICY_WRONG_STATE, "只有已发布的免申即享政策可以确认兑现");
        }
        // the row lock makes a second, concurrent confirmation wait and then see the first
        jdbc.sql("select id from policy_policy where id = ? for update").param(id).query(UUID.class).single();
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
        BigDecimal total = paid.stream().map(Candidate::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
        jdbc.sql("insert into policy_batch (id, policy_id, confirmed_by, enterprises, total_yuan, voucher) values (?, ?, ?, ?, ?, ?)")
                .params(batch, id, user.username(), paid.size(), total, payment).update();
        exclusions.forEach((code, reason) -> jdbc.sql("insert into policy_batch_exclusion (batch_id, credit_code, reason) values (?, ?, ?)")
                .params(batch, code, reason.strip()).update());
        Map<UUID, LocalDate> since = matching.eligibleSince(id);
        int sequence = 0;
        for (Candidate c : paid) {
            String bankRef = payment + "-" + String.format("%05d", ++sequence);
            jdbc.sql("""
                    insert into policy_payout (batch_id, enterprise_id, credit_code, enterprise_name, amount_yuan, eligible_since, bank_ref)
                    values (?, ?, ?, ?, ?, ?, ?)""").params(batch, c.enterpriseId(), c.creditCode(), c.name(), c.amountYuan(),
                    since.getOrDefault(c.enterpriseId(), ChinaTime.today()), bankRef).update();
        }
        auditLog.record("POLICY_BATCH_CONFIRMED", "policy.policy", id.toString(), null,
                Map.of("paid", paid.size(), "excluded", exclusions.size(), "total", total.toPlainString(), "voucher", payment));
        return paid.size();
    }

    public Optional<Integer> batchSize(UUID id) {
        return jdbc.sql("select enterprises from policy_batch where policy_id = ?").param(id).query(Integer.class).optional();
    }

    /** What the signed-in enterprise was paid without applying. */
    public List<Payout> myPayouts() {
        UUID enterprise = CurrentUsers.current().map(CurrentUser::partyId).orElse(null);
        return jdbc.sql("""
                select p.title, o.amount_yuan, o.paid_at, o.bank_ref from policy_payout o join policy_batch b on b.id = o.batch_id
                join policy_policy p on p.id = b.policy_id where o.enterprise_id = ? order by o.paid_at desc""")
                .param(enterprise).query((rs, n) -> new Payout(rs.getString(1), rs.getBigDecimal(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4))).list();
    }

    /** Published policies in force, newest version of each code. */
    public List<Policy> published() {
        return jdbc.sql(PolicyRules.IN_FORCE).param(ChinaTime.today()).query(this::map).list();
    }

    public List<Policy> all() {
        return jdbc.sql("select * from policy_policy order by code, version desc").query(this::map).list();
    }

    /**
     * 可享政策: every published policy for the signed-in enterprise, eligible first, with the reasons and amount.
     * Eligibility found since the last visit is marked 新 and counts from now on as 已告知 (notified).
     */
    @Transactional
    public List<Offer> forMyEnterprise() {
        Enterprise enterprise = myEnterprise();
        Map<Fact, Object> known = facts.factsOf(enterprise);
        java.util.Set<UUID> fresh = new java.util.HashSet<>(jdbc.sql(
                "update policy_match set notified_at = now() where enterprise_id = ? and notified_at is null returning policy_id")
                .param(enterprise.id()).query(UUID.class).list());
        Map<UUID, Matching.Compiled> compiled = rules.inForce().stream()
                .collect(java.util.stream.Collectors.toMap(Matching.Compiled::id, c -> c));
        return published().stream().map(p -> {
            // parsed once per publication (cached), not on every visit
            Matching.Compiled c = compiled.computeIfAbsent(p.id(), id -> new Matching.Compiled(id, p.code(), rule(p),
                    rules.benefit(p.benefitJson())));
            Eligibility.Result result = Eligibility.evaluate(c.rule(), known);
            return new Offer(p, result, result.eligible() ? c.benefit().amount(known::get) : null,
                    result.eligible() && fresh.contains(p.id()));
        }).sorted((a, b) -> Boolean.compare(b.result().eligible(), a.result().eligible())).toList();
    }

    /** The facts the signed-in enterprise is judged on, with their sources. */
    public List<FactBase.Sourced> myFacts() {
        return facts.sources(myEnterprise());
    }

    private Enterprise myEnterprise() {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        return Optional.ofNullable(user.partyId()).flatMap(people::enterprise).orElseThrow(() -> new OneWindowException(
                PolicyErrorCode.POLICY_NOT_ALLOWED, "请使用企业账号登录查看可享政策"));
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
    private void mayManage(CurrentUser user, String departmentId, String code) {
        if (!user.has(Role.SYS_ADMIN) && departmentId != null && !departmentId.equals(user.departmentId())) {
            throw new OneWindowException(PolicyErrorCode.POLICY_NOT_ALLOWED, "政策 " + code + " 由其他部门维护，您只能查看");
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
