package io.onewindow.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a policy speaks to an industry (门类 letter) or size class, for the public page's filters: a rule with no
 * condition on the fact speaks to everyone; otherwise one of its (not negated) conditions must admit the value.
 */
public final class Audience {

    private Audience() {
    }

    public static boolean admits(Rule rule, Fact fact, String value) {
        List<Rule.Condition> conditions = new ArrayList<>();
        collect(rule, fact, conditions);
        return conditions.isEmpty() || conditions.stream().anyMatch(c -> admits(c, fact, value));
    }

    private static void collect(Rule rule, Fact fact, List<Rule.Condition> out) {
        if (rule instanceof Rule.All all) {
            all.rules().forEach(r -> collect(r, fact, out));
        } else if (rule instanceof Rule.Any any) {
            any.rules().forEach(r -> collect(r, fact, out));
        } else if (rule instanceof Rule.Condition c && c.fact() == fact) {
            out.add(c); // conditions under 不满足 exclude rather than address, so they are left out
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean admits(Rule.Condition c, Fact fact, String value) {
        List<String> values = c.value() instanceof List<?> l ? (List<String>) l : List.of(String.valueOf(c.value()));
        if (c.op() == Rule.Operator.NE) {
            return !values.contains(value);
        }
        // an industry filter is a 门类 letter: "C" is addressed by C, C39 or C3985
        return fact == Fact.INDUSTRY ? values.stream().anyMatch(v -> v.startsWith(value)) : values.contains(value);
    }
}
