package io.onewindow.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.policy.Eligibility;
import io.onewindow.policy.Fact;
import io.onewindow.policy.Rule;
import io.onewindow.policy.RuleParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bulk matching (column by column, into bitsets) must give exactly the answer of the traced evaluation an enterprise
 * sees, including missing facts, 不满足 over a missing fact and values on a threshold.
 */
class ColumnMatcherTests {

    private static final List<String> INDUSTRIES = List.of("C3985", "C2614", "I6513", "F5123", "E4700", "A0141");
    private static final List<String> REGIONS = List.of("511102", "511111", "511181");
    private static final List<String> SIZES = List.of("SMALL", "MICRO", "MEDIUM", "LARGE");

    @Test
    void agreesWithTheTracedEvaluationOnRandomEnterprisesAndRules() {
        Random random = new Random(9);
        List<Map<Fact, Object>> enterprises = new ArrayList<>();
        FactTable.Builder builder = new FactTable.Builder(10);
        for (int i = 0; i < 2_000; i++) { // more than the initial capacity: the arrays grow
            Map<Fact, Object> facts = enterprise(random);
            enterprises.add(facts);
            builder.add(UUID.randomUUID(), "code" + i, "企业" + i, facts);
        }
        FactTable table = builder.build();
        for (int r = 0; r < 300; r++) {
            Rule rule = RuleParser.parse(group(random, 0));
            long[] bits = ColumnMatcher.eligible(rule, table);
            int eligible = 0;
            for (int row = 0; row < table.size; row++) {
                boolean expected = Eligibility.evaluate(rule, enterprises.get(row)).eligible();
                assertThat(ColumnMatcher.get(bits, row)).as("rule %s row %d", rule, row).isEqualTo(expected);
                assertThat(Eligibility.holds(rule, enterprises.get(row))).isEqualTo(expected);
                eligible += expected ? 1 : 0;
            }
            assertThat(ColumnMatcher.count(bits)).isEqualTo(eligible); // no stray bits past the last row
        }
    }

    @Test
    void aMissingFactIsUnknownSoNeitherItsConditionNorItsNegationHolds() {
        FactTable.Builder builder = new FactTable.Builder(2);
        builder.add(UUID.randomUUID(), "a", "有人数", Map.of(Fact.EMPLOYEES, new BigDecimal("20")));
        builder.add(UUID.randomUUID(), "b", "无人数", Map.of());
        FactTable table = builder.build();
        Rule ge = RuleParser.parse(Map.of("fact", "EMPLOYEES", "op", "GE", "value", 20));
        Rule ne = RuleParser.parse(Map.of("fact", "EMPLOYEES", "op", "NE", "value", 5));
        Rule notGe = RuleParser.parse(Map.of("not", Map.of("fact", "EMPLOYEES", "op", "GE", "value", 20)));
        assertThat(bitsOf(ColumnMatcher.eligible(ge, table), 2)).containsExactly(true, false);
        assertThat(bitsOf(ColumnMatcher.eligible(ne, table), 2)).containsExactly(true, false);
        // a missing fact is 待核实: "not ≥ 20" does not hold for it either (it once did, and paid money on no data)
        assertThat(bitsOf(ColumnMatcher.eligible(notGe, table), 2)).containsExactly(false, false);
        assertThat(bitsOf(ColumnMatcher.unknown(notGe, table), 2)).containsExactly(false, true);
        assertThat(bitsOf(ColumnMatcher.unknown(ge, table), 2)).containsExactly(false, true);
    }

    private static List<Boolean> bitsOf(long[] bits, int size) {
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(ColumnMatcher.get(bits, i));
        }
        return out;
    }

    private static Map<Fact, Object> enterprise(Random r) {
        Map<Fact, Object> f = new EnumMap<>(Fact.class);
        maybe(r, f, Fact.INDUSTRY, INDUSTRIES.get(r.nextInt(INDUSTRIES.size())));
        maybe(r, f, Fact.REGION, REGIONS.get(r.nextInt(REGIONS.size())));
        maybe(r, f, Fact.SIZE_CLASS, SIZES.get(r.nextInt(SIZES.size())));
        maybe(r, f, Fact.EMPLOYEES, BigDecimal.valueOf(r.nextInt(40))); // small range: values land on thresholds
        maybe(r, f, Fact.REVENUE, BigDecimal.valueOf(r.nextInt(40) * 50, 1));
        maybe(r, f, Fact.HIGH_TECH, r.nextBoolean());
        maybe(r, f, Fact.CREDIT_TIER, List.of("A", "B", "C", "D").get(r.nextInt(4)));
        maybe(r, f, Fact.REGISTERED_ON, LocalDate.of(2015, 1, 1).plusDays(r.nextInt(10) * 365L));
        return f;
    }

    private static void maybe(Random r, Map<Fact, Object> facts, Fact fact, Object value) {
        if (r.nextInt(10) > 0) { // one in ten missing
            facts.put(fact, value);
        }
    }

    private static Object group(Random r, int depth) {
        int n = 1 + r.nextInt(4);
        List<Object> rules = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = depth < 2 ? r.nextInt(8) : 0;
            rules.add(kind == 6 ? group(r, depth + 1) : kind == 7 ? Map.of("not", condition(r)) : condition(r));
        }
        return Map.of(r.nextBoolean() ? "all" : "any", rules);
    }

    private static Map<String, Object> condition(Random r) {
        String[] numberOps = {"LT", "LE", "GT", "GE", "EQ", "NE"};
        return switch (r.nextInt(7)) {
            case 0 -> Map.of("fact", "EMPLOYEES", "op", numberOps[r.nextInt(6)], "value", r.nextInt(40));
            case 1 -> Map.of("fact", "REVENUE", "op", numberOps[r.nextInt(6)], "value", r.nextInt(40) * 5.0);
            case 2 -> Map.of("fact", "INDUSTRY", "op", "PREFIX", "value", List.of(List.of("C", "I65", "F51", "C39").get(r.nextInt(4))));
            case 3 -> r.nextBoolean() ? Map.of("fact", "SIZE_CLASS", "op", "IN", "value", List.of("SMALL", "MICRO"))
                    : Map.of("fact", "SIZE_CLASS", "op", "NE", "value", "MEDIUM");
            case 4 -> Map.of("fact", "HIGH_TECH", "op", "EQ", "value", r.nextBoolean());
            case 5 -> Map.of("fact", "CREDIT_TIER", "op", r.nextBoolean() ? "EQ" : "NE", "value", "D");
            default -> Map.of("fact", "REGISTERED_ON", "op", r.nextBoolean() ? "BEFORE" : "ON_OR_AFTER", "value", "2019-01-01");
        };
    }
}
