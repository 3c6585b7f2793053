package io.onewindow.policy.internal;

import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import io.onewindow.policy.Benefit;
import io.onewindow.policy.PolicyErrorCode;
import io.onewindow.policy.Rule;
import io.onewindow.policy.RuleParser;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads rules and benefit formulas from their JSON, and keeps the policies in force parsed: re-read only when a
 * publication happened (on any node) or the date changed, so one enterprise's re-match does not parse 100 policies.
 */
@Component
class PolicyRules {

    private record Cached(String key, List<Matching.Compiled> policies) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private volatile Cached cached = new Cached("", List.of());

    PolicyRules(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The policies in force: published, not expired, the newest version of each code (one parameter: today). */
    static final String IN_FORCE = """
            select distinct on (code) * from policy_policy where status = 'PUBLISHED' and valid_to >= ?
            order by code, version desc""";

    /** {@link #IN_FORCE}, parsed. */
    List<Matching.Compiled> inForce() {
        String key = ChinaTime.today() + "|" + jdbc.sql("select count(*) || '|' || coalesce(max(published_at)::text, '') "
                + "from policy_policy where status = 'PUBLISHED'").query(String.class).single();
        Cached now = cached;
        if (!now.key().equals(key)) {
            List<Matching.Compiled> policies = jdbc.sql(IN_FORCE).param(ChinaTime.today())
                    .query((rs, n) -> new Matching.Compiled(rs.getObject("id", java.util.UUID.class), rs.getString("code"),
                            rule(rs.getString("rule_json")), benefit(rs.getString("benefit_json")))).list();
            now = new Cached(key, policies);
            cached = now;
        }
        return now.policies();
    }

    Rule rule(String ruleJson) {
        try {
            return RuleParser.parse(tree(ruleJson, "适用条件"));
        } catch (RuleParser.InvalidRule e) {
            throw invalid("适用条件有误：" + e.getMessage());
        }
    }

    Benefit benefit(String benefitJson) {
        try {
            return Benefit.parse(tree(benefitJson, "兑现标准"));
        } catch (RuleParser.InvalidRule e) {
            throw invalid("兑现标准有误：" + e.getMessage());
        }
    }

    private Object tree(String text, String label) {
        try {
            return json.readValue(Inputs.required(text, label, 20000, PolicyErrorCode.POLICY_INVALID_INPUT), Object.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw invalid(label + "不是有效的 JSON");
        }
    }

    private static OneWindowException invalid(String message) {
        return new OneWindowException(PolicyErrorCode.POLICY_INVALID_INPUT, message);
    }
}
