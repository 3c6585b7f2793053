package io.onewindow.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a rule from its JSON form ({@code {"all":[…]}}, {@code {"any":[…]}}, {@code {"not":{…}}},
 * {@code {"fact":"EMPLOYEES","op":"GE","value":20}}) and refuses, with the path of the mistake, unknown facts or
 * operators, a value of the wrong type, an operator that does not fit the fact, and empty groups.
 */
public final class RuleParser {

    /** A rule that cannot be saved; {@code path} says where, e.g. {@code all[1].value}. */
    public static final class InvalidRule extends RuntimeException {

        private final String path;

        InvalidRule(String path, String message) {
            super(path + "：" + message);
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    private static final Map<Fact.Type, Set<Rule.Operator>> ALLOWED = Map.of(
            Fact.Type.NUMBER, Set.of(Rule.Operator.LT, Rule.Operator.LE, Rule.Operator.GT, Rule.Operator.GE, Rule.Operator.EQ,
                    Rule.Operator.NE),
            Fact.Type.TEXT, Set.of(Rule.Operator.EQ, Rule.Operator.NE, Rule.Operator.IN, Rule.Operator.PREFIX),
            Fact.Type.BOOLEAN, Set.of(Rule.Operator.EQ),
            Fact.Type.DATE, Set.of(Rule.Operator.BEFORE, Rule.Operator.ON_OR_AFTER));

    private RuleParser() {
    }

    /** @param tree the JSON already read into maps, lists, numbers, strings and booleans */
    public static Rule parse(Object tree) {
        return parse(tree, "规则");
    }

    private static Rule parse(Object node, String path) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new InvalidRule(path, "应为对象");
        }
        if (map.containsKey("all") || map.containsKey("any")) {
            String key = map.containsKey("all") ? "all" : "any";
            if (!(map.get(key) instanceof List<?> list) || list.isEmpty()) {
                throw new InvalidRule(path + "." + key, "条件组不能为空");
            }
            List<Rule> rules = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                rules.add(parse(list.get(i), path + "." + key + "[" + i + "]"));
            }
            return key.equals("all") ? new Rule.All(List.copyOf(rules)) : new Rule.Any(List.copyOf(rules));
        }
        if (map.containsKey("not")) {
            return new Rule.Not(parse(map.get("not"), path + ".not"));
        }
        return condition(map, path);
    }

    private static Rule condition(Map<?, ?> map, String path) {
        Fact fact;
        try {
            fact = Fact.valueOf(String.valueOf(map.get("fact")));
        } catch (IllegalArgumentException e) {
            throw new InvalidRule(path + ".fact", "未知的事实“" + map.get("fact") + "”");
        }
        Rule.Operator op;
        try {
            op = Rule.Operator.valueOf(String.valueOf(map.get("op")));
        } catch (IllegalArgumentException e) {
            throw new InvalidRule(path + ".op", "未知的比较方式“" + map.get("op") + "”");
        }
        if (!ALLOWED.get(fact.type()).contains(op)) {
            throw new InvalidRule(path + ".op", fact.label() + "不能用“" + op.symbol() + "”比较");
        }
        return new Rule.Condition(fact, op, value(fact, op, map.get("value"), path + ".value"));
    }

    private static Object value(Fact fact, Rule.Operator op, Object value, String path) {
        switch (fact.type()) {
            case NUMBER -> {
                if (!(value instanceof Number n)) {
                    throw new InvalidRule(path, fact.label() + "是数值，不能与“" + value + "”比较");
                }
                return new BigDecimal(n.toString());
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean b)) {
                    throw new InvalidRule(path, fact.label() + "应为 true 或 false");
                }
                return b;
            }
            case DATE -> {
                try {
                    return LocalDate.parse(String.valueOf(value));
                } catch (DateTimeParseException e) {
                    throw new InvalidRule(path, fact.label() + "应为日期（如 2023-01-01）");
                }
            }
            default -> {
                if (op == Rule.Operator.IN || op == Rule.Operator.PREFIX) {
                    if (!(value instanceof List<?> list) || list.isEmpty() || !list.stream().allMatch(String.class::isInstance)) {
                        throw new InvalidRule(path, "应为非空的文本列表");
                    }
                    return List.copyOf(list.stream().map(String.class::cast).toList());
                }
                if (!(value instanceof String s)) {
                    throw new InvalidRule(path, fact.label() + "是文本，不能与“" + value + "”比较");
                }
                return s;
            }
        }
    }
}
