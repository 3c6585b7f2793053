package io.onewindow.policy.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.Enterprise;
import io.onewindow.identity.People;
import io.onewindow.platform.OneWindowException;
import io.onewindow.policy.Fact;
import io.onewindow.policy.PolicyErrorCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One enterprise's facts through the API: read with their sources, updated with the checks of a file row, re-matched at once. */
@Service
public class FactUpdates {

    private final FactImports imports;
    private final People people;
    private final FactBase facts;
    private final Matching matching;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;

    FactUpdates(FactImports imports, People people, FactBase facts, Matching matching, AuditLog auditLog,
            PlatformTransactionManager transactions) {
        this.imports = imports;
        this.people = people;
        this.facts = facts;
        this.matching = matching;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What the rules read about one enterprise, with sources (for the departments that supply the facts). */
    public List<FactBase.Sourced> sources(String creditCode) {
        imports.supplier();
        return facts.sources(registered(creditCode));
    }

    /** 更新 through the API: the same checks as a file row, for one enterprise; re-matched at once. */
    public int put(String creditCode, String asOf, Map<String, String> values) {
        CurrentUser user = imports.supplier();
        Enterprise e = registered(creditCode);
        if (values == null || values.isEmpty()) {
            throw FactImports.invalid("没有要更新的事实");
        }
        LocalDate date = FactImports.asOf(asOf);
        List<FactBase.Supplied> supplied = new ArrayList<>();
        for (var v : values.entrySet()) {
            Fact f = FactImports.importable(v.getKey()).orElseThrow(() -> FactImports.invalid("“" + v.getKey() + "”不是可更新的事实（可用："
                    + String.join("、", FactImports.importableNames()) + "）"));
            try {
                supplied.add(new FactBase.Supplied(e.id(), f, f.parse(v.getValue()), date));
            } catch (IllegalArgumentException ex) {
                throw FactImports.invalid(ex.getMessage());
            }
        }
        String source = imports.sourceOf(user);
        transaction.executeWithoutResult(s -> {
            facts.write(supplied, source, user.username());
            auditLog.record("POLICY_FACTS_UPDATED", "policy.fact", e.id().toString(), null,
                    Map.of("facts", values.keySet().toString(), "source", source));
        });
        return matching.matchEnterprise(e);
    }

    private Enterprise registered(String creditCode) {
        return people.enterpriseByCreditCode(creditCode == null ? "" : creditCode.strip().toUpperCase())
                .orElseThrow(() -> new OneWindowException(PolicyErrorCode.POLICY_NOT_FOUND, "统一社会信用代码“" + creditCode + "”未登记"));
    }
}
