package io.onewindow.policy.internal;

import io.onewindow.identity.Industries;
import io.onewindow.identity.SizeClass;
import io.onewindow.organization.Organization;
import io.onewindow.policy.Benefit;
import io.onewindow.policy.Fact;
import io.onewindow.policy.Rule;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** 试算: a draft over every enterprise and its current facts, compared with the version in force. */
@Service
public class WhatIfAnalysis {

    private final Policies policies;
    private final PolicyRules rules;
    private final FactBase facts;
    private final Organization organization;

    WhatIfAnalysis(Policies policies, PolicyRules rules, FactBase facts, Organization organization) {
        this.policies = policies;
        this.rules = rules;
        this.facts = facts;
        this.organization = organization;
    }

    /** The draft against the version in force of the same code. */
    public record Comparison(int version, long eligible, BigDecimal cost, long gained, long lost) {
    }

    /** 试算: how many enterprises qualify, the cost, and where they are, by region, industry and size. */
    public record WhatIf(long enterprises, long eligible, BigDecimal cost, Map<String, Long> byRegion,
            Map<String, Long> byIndustry, Map<String, Long> bySize, Comparison current) {
    }

    /** 试算 over every enterprise and its current facts, compared with the version in force. */
    public WhatIf whatIf(UUID id) {
        Policies.Policy p = policies.get(id);
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

    private Comparison compare(Policies.Policy draft, FactTable table, long[] draftBits) {
        return policies.inForce(draft.code()).filter(current -> !current.id().equals(draft.id())).map(current -> {
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
}
