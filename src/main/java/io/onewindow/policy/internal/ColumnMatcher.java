package io.onewindow.policy.internal;

import io.onewindow.policy.Fact;
import io.onewindow.policy.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Bulk matching: a rule evaluated over every enterprise at once, one condition at a time over its fact's column,
 * into bitsets. Like {@link io.onewindow.policy.Eligibility} it is three-valued: each part of a rule is true,
 * false or unknown (a fact it reads is missing), kept as a "true" and a "false" bitset, with unknown in neither;
 * all/any/not follow Kleene's logic. Only "true" is eligible: a missing fact is 待核实, never a pass — not even
 * under 不满足 ("not credit tier D" is unknown, not true, when the tier is missing).
 */
final class ColumnMatcher {

    private ColumnMatcher() {
    }

    /** Rows for which the rule is true. */
    static long[] eligible(Rule rule, FactTable table) {
        return evaluate(rule, table).holds;
    }

    /** Rows for which the rule is neither true nor false because a fact it needs is missing (待核实). */
    static long[] unknown(Rule rule, FactTable table) {
        Truth t = evaluate(rule, table);
        long[] bits = new long[words(table.size)];
        for (int w = 0; w < bits.length; w++) {
            bits[w] = ~(t.holds[w] | t.fails[w]);
        }
        clearTail(bits, table.size);
        return bits;
    }

    /** A rule's value on every row: true where {@code holds}, false where {@code fails}, unknown where neither. */
    private record Truth(long[] holds, long[] fails) {
    }

    private static Truth evaluate(Rule rule, FactTable table) {
        if (rule instanceof Rule.All all) {
            Truth result = null;
            for (Rule r : all.rules()) {
                Truth next = evaluate(r, table);
                result = result == null ? next : new Truth(and(result.holds, next.holds), or(result.fails, next.fails));
            }
            return result;
        }
        if (rule instanceof Rule.Any any) {
            Truth result = null;
            for (Rule r : any.rules()) {
                Truth next = evaluate(r, table);
                result = result == null ? next : new Truth(or(result.holds, next.holds), and(result.fails, next.fails));
            }
            return result;
        }
        if (rule instanceof Rule.Not not) {
            Truth inner = evaluate(not.rule(), table);
            return new Truth(inner.fails, inner.holds);
        }
        Rule.Condition c = (Rule.Condition) rule;
        long[] holds = condition(c, table);
        long[] fails = present(c.fact(), table);
        for (int w = 0; w < fails.length; w++) {
            fails[w] &= ~holds[w];
        }
        return new Truth(holds, fails);
    }

    /** Rows where the fact has a value. */
    private static long[] present(Fact f, FactTable t) {
        long[] bits = new long[words(t.size)];
        for (int i = 0; i < t.size; i++) {
            boolean there = switch (f.type()) {
                case NUMBER -> !Double.isNaN(t.numbers(f)[i]);
                case TEXT -> t.texts(f)[i] >= 0;
                case BOOLEAN -> t.booleans(f)[i] >= 0;
                case DATE -> t.dates(f)[i] != FactTable.MISSING_DATE;
            };
            bits[i >>> 6] |= (there ? 1L : 0L) << i;
        }
        return bits;
    }

    private static long[] or(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            a[w] |= b[w];
        }
        return a;
    }

    static int words(int size) {
        return (size + 63) >>> 6;
    }

    static int count(long[] bits) {
        int n = 0;
        for (long w : bits) {
            n += Long.bitCount(w);
        }
        return n;
    }

    static boolean get(long[] bits, int row) {
        return (bits[row >>> 6] & (1L << row)) != 0;
    }

    private static long[] and(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            a[w] &= b[w];
        }
        return a;
    }

    private static void clearTail(long[] bits, int size) {
        if ((size & 63) != 0) {
            bits[bits.length - 1] &= (1L << size) - 1;
        }
    }

    private static long[] condition(Rule.Condition c, FactTable t) {
        Fact f = c.fact();
        return switch (f.type()) {
            case NUMBER -> numbers(c.op(), t.numbers(f), ((BigDecimal) c.value()).doubleValue(), t.size);
            case TEXT -> texts(c, t.texts(f), t.dictionary(f), t.size);
            case BOOLEAN -> booleans(t.booleans(f), (Boolean) c.value() ? (byte) 1 : (byte) 0, t.size);
            case DATE -> dates(c.op(), t.dates(f), (int) ((LocalDate) c.value()).toEpochDay(), t.size);
        };
    }

    // Each loop sets bit i without branching; comparisons with NaN (missing) are false, so a missing number fails.
    private static long[] numbers(Rule.Operator op, double[] col, double x, int size) {
        long[] bits = new long[words(size)];
        switch (op) {
            case LT -> {
                for (int i = 0; i < size; i++) {
                    bits[i >>> 6] |= (col[i] < x ? 1L : 0L) << i;
                }
            }
            case LE -> {
                for (int i = 0; i < size; i++) {
                    bits[i >>> 6] |= (col[i] <= x ? 1L : 0L) << i;
                }
            }
            case GT -> {
                for (int i = 0; i < size; i++) {
                    bits[i >>> 6] |= (col[i] > x ? 1L : 0L) << i;
                }
            }
            case GE -> {
                for (int i = 0; i < size; i++) {
                    bits[i >>> 6] |= (col[i] >= x ? 1L : 0L) << i;
                }
            }
            case EQ -> {
                for (int i = 0; i < size; i++) {
                    bits[i >>> 6] |= (col[i] == x ? 1L : 0L) << i;
                }
            }
            case NE -> {
                for (int i = 0; i < size; i++) {
                    double v = col[i];
                    bits[i >>> 6] |= (v != x && v == v ? 1L : 0L) << i; // v == v: present (not NaN)
                }
            }
            default -> throw new IllegalArgumentException(op + " is not a number comparison");
        }
        return bits;
    }

    @SuppressWarnings("unchecked")
    private static long[] texts(Rule.Condition c, int[] col, List<String> dictionary, int size) {
        // decide once per distinct value, then look each enterprise's value up
        boolean[] accepted = new boolean[dictionary.size()];
        for (int d = 0; d < accepted.length; d++) {
            String v = dictionary.get(d);
            accepted[d] = switch (c.op()) {
                case EQ -> v.equals(c.value());
                case NE -> !v.equals(c.value());
                case IN -> ((List<String>) c.value()).contains(v);
                case PREFIX -> ((List<String>) c.value()).stream().anyMatch(v::startsWith);
                default -> throw new IllegalArgumentException(c.op() + " is not a text comparison");
            };
        }
        long[] bits = new long[words(size)];
        for (int i = 0; i < size; i++) {
            int code = col[i];
            bits[i >>> 6] |= (code >= 0 && accepted[code] ? 1L : 0L) << i;
        }
        return bits;
    }

    private static long[] booleans(byte[] col, byte wanted, int size) {
        long[] bits = new long[words(size)];
        for (int i = 0; i < size; i++) {
            bits[i >>> 6] |= (col[i] == wanted ? 1L : 0L) << i;
        }
        return bits;
    }

    private static long[] dates(Rule.Operator op, int[] col, int day, int size) {
        long[] bits = new long[words(size)];
        boolean before = op == Rule.Operator.BEFORE;
        for (int i = 0; i < size; i++) {
            int v = col[i];
            boolean held = v != FactTable.MISSING_DATE && (before ? v < day : v >= day);
            bits[i >>> 6] |= (held ? 1L : 0L) << i;
        }
        return bits;
    }
}
