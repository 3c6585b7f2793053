package io.onewindow.policy;

import io.onewindow.identity.SizeClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a rule against one enterprise's facts and says why: each condition with whether it held and, when it
 * did not, by how much ("从业人数 12 < 20"). A missing fact fails its condition ("缺少数据：研发投入").
 */
public final class Eligibility {

    /** One evaluated condition ({@code condition} is null for an exclusion of a whole group). */
    public record Step(Rule.Condition condition, boolean held, String explanation) {
    }

    /** The answer and its trace. */
    public record Result(boolean eligible, List<Step> trace) {

        public List<String> reasonsNot() {
            return trace.stream().filter(s -> !s.held()).map(Step::explanation).toList();
        }
    }

    private Eligibility() {
    }

    public static Result evaluate(Rule rule, Map<Fact, Object> facts) {
        List<Step> trace = new ArrayList<>();
        boolean eligible = eval(rule, facts, trace);
        return new Result(eligible, List.copyOf(trace));
    }

    /** The answer alone, stopping at the first deciding condition (bulk and incremental matching). */
    public static boolean holds(Rule rule, Map<Fact, Object> facts) {
        if (rule instanceof Rule.All all) {
            for (Rule r : all.rules()) {
                if (!holds(r, facts)) {
                    return false;
                }
            }
            return true;
        }
        if (rule instanceof Rule.Any any) {
            for (Rule r : any.rules()) {
                if (holds(r, facts)) {
                    return true;
                }
            }
            return false;
        }
        if (rule instanceof Rule.Not not) {
            return !holds(not.rule(), facts);
        }
        Rule.Condition c = (Rule.Condition) rule;
        Object actual = facts.get(c.fact());
        return actual != null && test(c, actual);
    }

    private static boolean eval(Rule rule, Map<Fact, Object> facts, List<Step> trace) {
        if (rule instanceof Rule.All all) {
            boolean ok = true;
            for (Rule r : all.rules()) {
                ok &= eval(r, facts, trace); // no short cut: the trace lists every failed condition
            }
            return ok;
        }
        if (rule instanceof Rule.Any any) {
            boolean ok = false;
            List<Step> steps = new ArrayList<>();
            for (Rule r : any.rules()) {
                ok |= eval(r, facts, steps);
            }
            // a satisfied 满足其一 explains itself by what held; its other branches are not reasons against
            trace.addAll(ok ? steps.stream().filter(Step::held).toList() : steps);
            return ok;
        }
        if (rule instanceof Rule.Not not) {
            return excluded(not, facts, trace);
        }
        Rule.Condition c = (Rule.Condition) rule;
        Step step = check(c, facts.get(c.fact()));
        trace.add(step);
        return step.held();
    }

    /**
     * 不满足 (an exclusion) explains itself too: "信用等级 A ≠ D" holds; "信用等级 D = D（属于排除情形）" does not. A
     * missing fact does not trigger an exclusion.
     */
    private static boolean excluded(Rule.Not not, Map<Fact, Object> facts, List<Step> trace) {
        List<Step> inner = new ArrayList<>();
        boolean triggered = eval(not.rule(), facts, inner);
        String what = String.join("；", inner.stream().map(st -> st.explanation().startsWith("缺少数据：")
                ? "无" + st.explanation().substring("缺少数据：".length()) + "数据" : st.explanation()).toList());
        Rule.Condition condition = not.rule() instanceof Rule.Condition c ? c : null;
        trace.add(new Step(condition, !triggered, triggered ? what + "（属于排除情形）" : what));
        return !triggered;
    }

    @SuppressWarnings("unchecked")
    private static Step check(Rule.Condition c, Object actual) {
        Fact f = c.fact();
        if (actual == null) {
            return new Step(c, false, "缺少数据：" + f.label());
        }
        boolean held = test(c, actual);
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
