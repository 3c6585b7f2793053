package io.onewindow.policy.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import io.onewindow.policy.PolicyErrorCode;
import io.onewindow.policy.PolicyImport;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PolicyImporter implements PolicyImport {

    private final JdbcClient jdbc;
    private final PolicyRules rules;
    private final FactBase facts;
    private final Matching matching;
    private final AuditLog auditLog;

    PolicyImporter(JdbcClient jdbc, PolicyRules rules, FactBase facts, Matching matching, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.facts = facts;
        this.matching = matching;
        this.auditLog = auditLog;
    }

    @Override
    public boolean anyPolicy() {
        return jdbc.sql("select exists (select 1 from policy_policy)").query(Boolean.class).single();
    }

    @Override
    @Transactional
    public UUID importInForce(InForcePolicy p, String loadedBy) {
        var code = PolicyErrorCode.POLICY_INVALID_INPUT;
        Inputs.required(p.code(), "政策代码", 30, code);
        Inputs.required(p.title(), "政策名称", 200, code);
        if (p.validTo().isBefore(p.validFrom())) {
            throw new OneWindowException(code, "有效期结束不能早于开始");
        }
        rules.rule(p.ruleJson());
        rules.benefit(p.benefitJson());
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from policy_policy where code = ?").param(p.code())
                .query(Integer.class).single();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into policy_policy (id, code, version, title, issuer, doc_number, basis, valid_from, valid_to, summary,
                    rule_json, benefit_json, automatic, apply_item_code, status, created_by, published_at, department_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, now(), ?)""")
                .params(id, p.code(), version, p.title(), p.issuer(), p.docNumber(), p.basis(), p.validFrom(), p.validTo(),
                        p.summary(), p.ruleJson(), p.benefitJson(), p.automatic(), p.applyItemCode(), loadedBy,
                        p.departmentId())
                .update();
        auditLog.record("POLICY_IMPORTED", "policy.policy", id.toString(), null,
                Map.of("code", p.code(), "version", version, "by", loadedBy));
        return id;
    }

    @Override
    @Transactional
    public void supplyFigures(Collection<DepartmentFigure> figures, String source, String loadedBy) {
        facts.write(figures.stream().map(f -> new FactBase.Supplied(f.enterpriseId(), f.fact(), f.value(), f.asOf())).toList(),
                source, loadedBy);
    }

    @Override
    public int matchAll(String trigger) {
        return matching.matchAll(trigger).eligible();
    }
}
