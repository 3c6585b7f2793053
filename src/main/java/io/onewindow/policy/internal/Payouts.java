package io.onewindow.policy.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.organization.Organization;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import io.onewindow.policy.Benefit;
import io.onewindow.policy.Fact;
import io.onewindow.policy.PolicyErrorCode;
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

/** 免申即享 兑现: the eligible list of a published policy, its one confirmation under a payment voucher, what an enterprise received. */
@Service
public class Payouts {

    private final JdbcClient jdbc;
    private final Policies policies;
    private final PolicyRules rules;
    private final FactBase facts;
    private final Organization organization;
    private final Matching matching;
    private final AuditLog auditLog;
    private final io.onewindow.identity.People people;

    Payouts(JdbcClient jdbc, Policies policies, PolicyRules rules, FactBase facts, Organization organization,
            Matching matching, AuditLog auditLog, io.onewindow.identity.People people) {
        this.people = people;
        this.jdbc = jdbc;
        this.policies = policies;
        this.rules = rules;
        this.facts = facts;
        this.organization = organization;
        this.matching = matching;
        this.auditLog = auditLog;
    }

    /** An enterprise on a generated eligible list. */
    public record Candidate(UUID enterpriseId, String creditCode, String name, String region, BigDecimal amountYuan) {
    }

    /** A payout an enterprise received without applying. */
    public record Payout(String policyTitle, BigDecimal amountYuan, OffsetDateTime paidAt, String bankRef) {
    }

    /** An enterprise left off a list until something is verified (待核实), and what. */
    public record Pending(String creditCode, String name, String reason) {
    }

    /**
     * 免申即享: the enterprises the published policy finds eligible today, with their amount — only those whose
     * registration is vouched for (登记机关数据 or 窗口核验); a self-declared one waits on {@link #pendingList}.
     */
    public List<Candidate> eligibleList(UUID id) {
        Policies.Policy p = policies.get(id);
        Benefit benefit = rules.benefit(p.benefitJson());
        FactTable table = facts.snapshot();
        long[] bits = ColumnMatcher.eligible(rules.rule(p.ruleJson()), table);
        java.util.Set<UUID> unverified = people.selfDeclaredEnterprises();
        List<Candidate> out = new java.util.ArrayList<>();
        Map<String, String> regionNames = new java.util.HashMap<>();
        for (int row = 0; row < table.size; row++) {
            if (ColumnMatcher.get(bits, row) && !unverified.contains(table.ids[row])) {
                String region = (String) table.value(Fact.REGION, row);
                out.add(new Candidate(table.ids[row], table.creditCodes[row], table.names[row], region == null ? "" :
                        regionNames.computeIfAbsent(region, c -> organization.regionByGbCode(c).map(r -> r.name()).orElse(c)),
                        Matching.amount(benefit, table, row)));
            }
        }
        return out;
    }

    /**
     * 待核实 for the department: enterprises the rule would pay but whose registration is self-declared, and those
     * the rule cannot decide because a fact it reads is missing (named, with the department that supplies it).
     */
    public List<Pending> pendingList(UUID id) {
        Policies.Policy p = policies.get(id);
        var rule = rules.rule(p.ruleJson());
        FactTable table = facts.snapshot();
        long[] eligible = ColumnMatcher.eligible(rule, table);
        long[] unknown = ColumnMatcher.unknown(rule, table);
        java.util.Set<UUID> unverified = people.selfDeclaredEnterprises();
        List<Pending> out = new java.util.ArrayList<>();
        for (int row = 0; row < table.size; row++) {
            if (ColumnMatcher.get(eligible, row) && unverified.contains(table.ids[row])) {
                out.add(new Pending(table.creditCodes[row], table.names[row], "企业为网上自主申报注册，尚未到窗口核验营业执照和法定代表人身份"));
            } else if (ColumnMatcher.get(unknown, row)) {
                Map<io.onewindow.policy.Fact, Object> known = new java.util.EnumMap<>(io.onewindow.policy.Fact.class);
                for (io.onewindow.policy.Fact f : io.onewindow.policy.Fact.values()) {
                    Object v = table.value(f, row);
                    if (v != null) {
                        known.put(f, v);
                    }
                }
                out.add(new Pending(table.creditCodes[row], table.names[row], String.join("；",
                        io.onewindow.policy.Eligibility.evaluate(rule, known).reasonsNot().stream()
                                .filter(r -> r.startsWith("待核实")).toList())));
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
        CurrentUser user = policies.editor();
        Policies.Policy p = policies.get(id);
        policies.mayManage(user, p.departmentId(), p.code());
        String payment = Inputs.required(voucher, "国库集中支付凭证号", 40, PolicyErrorCode.POLICY_INVALID_INPUT);
        if (!payment.matches("[A-Za-z0-9-]+")) {
            throw Policies.invalid("国库集中支付凭证号只能包含字母、数字和连字符");
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
                throw Policies.invalid("排除的企业 " + e.getKey() + " 不在符合名单中");
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
}
