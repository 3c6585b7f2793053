package io.onewindow.policy.internal;

import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Enterprise;
import io.onewindow.identity.People;
import io.onewindow.platform.OneWindowException;
import io.onewindow.policy.Benefit;
import io.onewindow.policy.Eligibility;
import io.onewindow.policy.Fact;
import io.onewindow.policy.PolicyErrorCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 可享政策: the published policies as the signed-in enterprise sees them, with reasons, amounts and its facts. */
@Service
public class EnterpriseOffers {

    private final JdbcClient jdbc;
    private final Policies policies;
    private final PolicyRules rules;
    private final FactBase facts;
    private final People people;

    EnterpriseOffers(JdbcClient jdbc, Policies policies, PolicyRules rules, FactBase facts, People people) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.rules = rules;
        this.facts = facts;
        this.people = people;
    }

    /** One published policy for one enterprise. */
    public record Offer(Policies.Policy policy, Eligibility.Result result, Benefit.Amount amount, boolean fresh) {
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
        return policies.published().stream().map(p -> {
            // parsed once per publication (cached), not on every visit
            Matching.Compiled c = compiled.computeIfAbsent(p.id(), id -> new Matching.Compiled(id, p.code(), policies.rule(p),
                    rules.benefit(p.benefitJson())));
            Eligibility.Result result = Eligibility.evaluate(c.rule(), known);
            return new Offer(p, result, result.eligible() ? c.benefit().amount(known::get) : null,
                    result.eligible() && fresh.contains(p.id()));
        }).sorted((a, b) -> Boolean.compare(b.result().eligible(), a.result().eligible())).toList();
    }

    /** How far the signed-in enterprise's registration is vouched for (money goes only to verified ones). */
    public io.onewindow.identity.Assurance myAssurance() {
        return myEnterprise().assurance();
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
}
