package io.onewindow.policy;

import io.onewindow.identity.SizeClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a rule against one enterprise's facts and says why: each condition with whether it held and, when it
 * did not, by how much ("从业人数 12 < 20"). Three-valued: a condition on a missing fact is unknown
 * ("待核实：缺少研发投入数据"), and all/any/not follow Kleene's logic, so a missing fact never makes a rule pass —
 * not even under 不满足. A rule that is unknown is {@link Result#pending() 待核实}, neither eligible nor refused.
 */
public final class Eligibility {

    /** One evaluated condition ({@code condition} is null for an exclusion of a whole group). */
    public record Step(Rule.Condition condition, boolean held, String explanation) {
    }

    /** The answer and its trace; {@code pending} when the answer depends on a missing fact (待核实). */
    public record Result(boolean eligible, boolean pending, List<Step> trace) {

        public List<String> reasonsNot() {
            return trace.stream().filter(s -> !s.held()).map(Step::explanation).toList();
        }
    }

    private Eligibility() {
    }

    /** Kleene's three truth values. */
    private enum Truth {
        TRUE, FALSE, UNKNOWN;

        static Truth of(boolean b) {
            return b ? TRUE : FALSE;
        }

        Truth not() {
            return this == UNKNOWN ? UNKNOWN : of(this == FALSE);
        }
    }

    public static Result evaluate(Rule rule, Map<Fact, Object> facts) {
        List<Step> trace = new ArrayList<>();
        Truth t = eval(rule, facts, trace);
        return new Result(t == Truth.TRUE, t == Truth.UNKNOWN, List.copyOf(trace));
    }

    /** The answer alone (true only when the rule is true), stopping early where it can (bulk and incremental matching). */
    public static boolean holds(Rule rule, Map<Fact, Object> facts) {
        return truth(rule, facts) == Truth.TRUE;
    }

    private static Truth truth(Rule rule, Map<Fact, Object> facts) {
        if (rule instanceof Rule.All all) {
            Truth result = Truth.TRUE;
            for (Rule r : all.rules()) {
                Truth t = truth(r, facts);
                if (t == Truth.FALSE) {
                    return Truth.FALSE;
                }
                result = t == Truth.UNKNOWN ? Truth.UNKNOWN : result;
            }
            return result;
        }
        if (rule instanceof Rule.Any any) {
            Truth result = Truth.FALSE;
            for (Rule r : any.rules()) {
                Truth t = truth(r, facts);
                if (t == Truth.TRUE) {
                    return Truth.TRUE;
                }
                result = t == Truth.UNKNOWN ? Truth.UNKNOWN : result;
            }
            return result;
        }
        if (rule instanceof Rule.Not not) {
            return truth(not.rule(), facts).not();
        }
        Rule.Condition c = (Rule.Condition) rule;
        Object actual = facts.get(c.fact());
        return actual == null ? Truth.UNKNOWN : Truth.of(test(c, actual));
    }

    private static Truth eval(Rule rule, Map<Fact, Object> facts, List<Step> trace) {
        if (rule instanceof Rule.All all) {
            Truth result = Truth.TRUE;
            for (Rule r : all.rules()) {
                Truth t = eval(r, facts, trace); // no short cut: the trace lists every failed condition
                result = t == Truth.FALSE || result == Truth.FALSE ? Truth.FALSE : t == Truth.UNKNOWN ? Truth.UNKNOWN : result;
            }
            return result;
        }
        if (rule instanceof Rule.Any any) {
            Truth result = Truth.FALSE;
            List<Step> steps = new ArrayList<>();
            for (Rule r : any.rules()) {
                Truth t = eval(r, facts, steps);
                result = t == Truth.TRUE || result == Truth.TRUE ? Truth.TRUE : t == Truth.UNKNOWN ? Truth.UNKNOWN : result;
            }
            // a satisfied 满足其一 explains itself by what held; its other branches are not reasons against
            trace.addAll(result == Truth.TRUE ? steps.stream().filter(Step::held).toList() : steps);
            return result;
        }
        if (rule instanceof Rule.Not not) {
            return excluded(not, facts, trace);
        }
        Rule.Condition c = (Rule.Condition) rule;
        Object actual = facts.get(c.fact());
        Step step = check(c, actual);
        trace.add(step);
        return actual == null ? Truth.UNKNOWN : Truth.of(step.held());
    }

    /**
     * 不满足 (an exclusion) explains itself too: "信用等级 A ≠ D" holds; "信用等级 D = D（属于排除情形）" does not; with the
     * fact missing it is 待核实 ("待核实：缺少信用等级数据，无法确认不属于排除情形"), not a pass.
     */
    private static Truth excluded(Rule.Not not, Map<Fact, Object> facts, List<Step> trace) {
        List<Step> inner = new ArrayList<>();
        Truth triggered = eval(not.rule(), facts, inner);
        Rule.Condition condition = not.rule() instanceof Rule.Condition c ? c : null;
        if (triggered == Truth.UNKNOWN) {
            trace.add(new Step(condition, false, String.join("；", inner.stream().filter(st -> !st.held())
                    .map(Step::explanation).toList()) + "，无法确认不属于排除情形"));
            return Truth.UNKNOWN;
        }
        String what = String.join("；", inner.stream().map(Step::explanation).toList());
        trace.add(new Step(condition, triggered == Truth.FALSE, triggered == Truth.TRUE ? what + "（属于排除情形）" : what));
        return triggered.not();
    }

    @SuppressWarnings("unchecked")
    private static Step check(Rule.Condition c, Object actual) {
        Fact f = c.fact();
        if (actual == null) {
            return new Step(c, false, "待核实：缺少" + f.label() + "数据");
        }
        boolean held = test(c, actual);
        String plain = plainWords(c, actual, held);
        if (plain != null) {
            return new Step(c, held, plain);
        }
        String shown = show(actual, f);
        String wanted = c.value() instanceof List<?> l
                ? String.join("、", ((List<String>) l).stream().map(v -> show(v, f)).toList()) : show(c.value(), f);
        String explanation = f.label() + " " + shown + " " + (held ? c.op().symbol() : c.op().failedSymbol()) + " " + wanted;
        return new Step(c, held, held ? explanation : explanation + gap(c, actual));
    }

    @SuppressWarnings("unchecked")
    private static boolean test(Rule.Condition c, Object actual) {
        Fact f = c.fact();
        return switch (c.op()) {
            case LT, LE, GT, GE -> {
                int cmp = number(actual).compareTo((BigDecimal) c.value());
                yield switch (c.op()) {
                    case LT -> cmp < 0;
                    case LE -> cmp <= 0;
                    case GT -> cmp > 0;
                    default -> cmp >= 0;
                };
            }
            case EQ -> f.type() == Fact.Type.NUMBER ? number(actual).compareTo((BigDecimal) c.value()) == 0 : actual.equals(c.value());
            case NE -> f.type() == Fact.Type.NUMBER ? number(actual).compareTo((BigDecimal) c.value()) != 0 : !actual.equals(c.value());
            case IN -> ((List<String>) c.value()).contains(String.valueOf(actual));
            case PREFIX -> ((List<String>) c.value()).stream().anyMatch(p -> String.valueOf(actual).startsWith(p));
            case BEFORE -> ((LocalDate) actual).isBefore((LocalDate) c.value());
            case ON_OR_AFTER -> !((LocalDate) actual).isBefore((LocalDate) c.value());
        };
    }

    /** By how much a ≥ or ≤ threshold was missed: "（差 8人）", "（超出 300万元）". */
    private static String gap(Rule.Condition c, Object actual) {
        if (c.op() != Rule.Operator.GE && c.op() != Rule.Operator.LE) {
            return "";
        }
        BigDecimal difference = number(actual).subtract((BigDecimal) c.value()).abs().stripTrailingZeros();
        return (c.op() == Rule.Operator.GE ? "（差 " : "（超出 ") + difference.toPlainString() + c.fact().unit() + "）";
    }

    private static BigDecimal number(Object value) {
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    /**
     * Where symbols would read like code, plain words: an industry against its 门类 names ("行业 H6210（住宿和餐饮业）
     * 不属于 B 采矿业、C 制造业"), "more than nothing" as having or not having it ("无出口额"). Null otherwise.
     */
    @SuppressWarnings("unchecked")
    private static String plainWords(Rule.Condition c, Object actual, boolean held) {
        Fact f = c.fact();
        if (f == Fact.INDUSTRY && (c.op() == Rule.Operator.PREFIX || c.op() == Rule.Operator.IN)) {
            String code = String.valueOf(actual);
            String sections = String.join("、", ((List<String>) c.value()).stream()
                    .map(p -> p + (p.length() == 1 ? " " + io.onewindow.identity.Industries.sectionName(p) : "")).toList());
            return "行业 " + code + "（" + io.onewindow.identity.Industries.sectionName(code) + "）" + (held ? "属于 " : "不属于 ")
                    + sections;
        }
        if (f.type() == Fact.Type.NUMBER && c.op() == Rule.Operator.GT && c.value() instanceof BigDecimal zero
                && zero.signum() == 0) {
            return held ? "有" + f.label() + " " + show(actual, f) : "无" + f.label();
        }
        return null;
    }

    private static String show(Object value, Fact fact) {
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (fact == Fact.SIZE_CLASS) {
            for (SizeClass size : SizeClass.values()) {
                if (size.name().equals(value)) {
                    return size.label(); // 中型, not MEDIUM
                }
            }
        }
        String text = value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(value);
        return text + fact.unit();
    }
}
