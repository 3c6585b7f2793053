package io.onewindow.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.IntegrationTest;
import io.onewindow.identity.Enterprise;
import io.onewindow.identity.People;
import io.onewindow.platform.ChinaTime;
import io.onewindow.policy.Benefit;
import io.onewindow.policy.Eligibility;
import io.onewindow.policy.Fact;
import io.onewindow.policy.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9's matching figures on 300,000 generated enterprises and 100 generated policies of 5–8 conditions:
 * in-memory matching against a hand-written loop over the same arrays (same run, alternating), a full re-match with
 * PostgreSQL read and write, and one enterprise's re-match after a fact change. Not part of the suite (no *Tests
 * suffix): {@code bench/policy.sh}.
 */
@IntegrationTest
@TestPropertySource(properties = {"onewindow.generate.enterprises=300000", "onewindow.generate.exit=false"})
class PolicyMatchBenchmark {

    private static final int POLICIES = 100;
    private static final int ROUNDS = 7;

    @Autowired
    FactBase facts;

    @Autowired
    Matching matching;

    @Autowired
    PolicyRules rules;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    FactImports imports;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void matchesThreeHundredThousandEnterprisesAgainstAHundredPolicies() {
        // exactly the generated policies: the demo ones go (nothing refers to them in this fresh database)
        jdbc.sql("delete from policy_match").update();
        jdbc.sql("delete from policy_policy where created_by = 'demo'").update();
        long t0 = System.nanoTime();
        generateFacts();
        report("facts generated (ms)", ms(t0));
        generatePolicies();
        List<Matching.Compiled> policies = rules.inForce();
        assertThat(policies).hasSize(POLICIES);

        long t1 = System.nanoTime();
        FactTable table = facts.snapshot();
        report("snapshot from PostgreSQL (ms)", ms(t1));
        report("enterprises", table.size);
        assertThat(table.size).isGreaterThanOrEqualTo(300_000);

        // the engine and the hand-written loop must agree before they are timed
        List<long[]> bits = Matching.evaluate(policies, table);
        Baseline baseline = new Baseline(policies, table);
        for (int p = 0; p < POLICIES; p++) {
            assertThat(ColumnMatcher.count(bits.get(p))).as("policy %d", p).isEqualTo(baseline.count(p));
        }
        checkAgainstTracedEvaluation(policies, table, bits);
        report("eligible pairs", bits.stream().mapToInt(ColumnMatcher::count).sum());

        // eligibility of every pair: the engine (both cores), the engine on one thread, the hand-written loop
        long[] engine = new long[ROUNDS];
        long[] oneThread = new long[ROUNDS];
        long[] loop = new long[ROUNDS];
        long[] amounts = new long[ROUNDS];
        long sink = 0;
        for (int r = 0; r < ROUNDS; r++) {
            long a = System.nanoTime();
            sink += Matching.evaluate(policies, table).stream().mapToInt(ColumnMatcher::count).sum();
            engine[r] = System.nanoTime() - a;
            long c = System.nanoTime();
            for (Matching.Compiled policy : policies) {
                sink += ColumnMatcher.count(ColumnMatcher.eligible(policy.rule(), table));
            }
            oneThread[r] = System.nanoTime() - c;
            long b = System.nanoTime();
            for (int p = 0; p < POLICIES; p++) {
                sink += baseline.count(p);
            }
            loop[r] = System.nanoTime() - b;
            long d = System.nanoTime();
            sink += amounts(policies, table, bits).signum();
            amounts[r] = System.nanoTime() - d;
        }
        double engineMs = median(engine) / 1e6;
        double oneThreadMs = median(oneThread) / 1e6;
        double loopMs = median(loop) / 1e6;
        report("in-memory match, engine on 2 cores, median (ms)", engineMs);
        report("in-memory match, engine on one thread, median (ms)", oneThreadMs);
        report("in-memory match, hand-written loop (one thread), median (ms)", loopMs);
        report("speed ratio engine/loop (2 cores)", loopMs / engineMs);
        report("speed ratio engine/loop (one thread each)", loopMs / oneThreadMs);
        report("amounts of all eligible pairs (BigDecimal, one thread), median (ms)", median(amounts) / 1e6);
        report("(checksum)", sink % 10);

        Matching.Run first = matching.matchAll("BENCH");
        report("full re-match incl. PostgreSQL read+write, first (ms)", first.millis());
        Matching.Run second = matching.matchAll("BENCH");
        report("full re-match incl. PostgreSQL read+write, unchanged (ms)", second.millis());
        assertThat(second.eligible()).isEqualTo(first.eligible());
        assertThat(jdbc.sql("select count(*) from policy_match").query(Long.class).single()).isEqualTo(first.eligible());

        oneEnterprise();
        fileImport(table);
    }

    /** A department's file with three facts for every enterprise, through the import (check, write, re-match). */
    private void fileImport(FactTable table) {
        var details = users.loadUserByUsername("deptadmin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        List<List<String>> file = new ArrayList<>();
        file.add(List.of("统一社会信用代码", "数据日期", "从业人数", "纳税额", "信用等级"));
        Random r = new Random(11);
        for (int row = 0; row < table.size; row++) {
            file.add(List.of(table.creditCodes[row], "2026-09-30", String.valueOf(r.nextInt(500)),
                    String.valueOf(r.nextInt(300)), List.of("A", "B", "C", "D").get(r.nextInt(4))));
        }
        long t = System.nanoTime();
        UUID job = imports.start("bench.csv", file);
        FactImports.Job state;
        do {
            sleep();
            state = imports.job(job).orElseThrow();
        } while (state.running());
        assertThat(state.status()).as(String.valueOf(state.errors())).isEqualTo("DONE");
        report("file import of " + table.size + " rows × 3 facts, check+write+full re-match (ms)", ms(t));
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Re-match one enterprise after changing one of its facts, 300 times. */
    private void oneEnterprise() {
        List<UUID> ids = jdbc.sql("select id from identity_enterprise order by id limit 300").query(UUID.class).list();
        Random random = new Random(7);
        long[] times = new long[ids.size()];
        int changed = 0;
        for (int i = 0; i < ids.size(); i++) {
            Enterprise e = people.enterprise(ids.get(i)).orElseThrow();
            var value = new FactBase.Supplied(e.id(), Fact.EMPLOYEES, BigDecimal.valueOf(random.nextInt(400)), ChinaTime.today());
            transaction.executeWithoutResult(s -> facts.write(List.of(value), "基准测试", "bench"));
            long t = System.nanoTime();
            changed += matching.matchEnterprise(e);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        report("one-enterprise re-match median (ms)", times[times.length / 2] / 1e6);
        report("one-enterprise re-match p95 (ms)", times[times.length * 95 / 100] / 1e6);
        report("one-enterprise re-match: pairs changed over 300 changes", changed);
    }

    private static BigDecimal amounts(List<Matching.Compiled> policies, FactTable table, List<long[]> bits) {
        BigDecimal total = BigDecimal.ZERO;
        for (int p = 0; p < policies.size(); p++) {
            long[] b = bits.get(p);
            Benefit benefit = policies.get(p).benefit();
            for (int w = 0; w < b.length; w++) {
                for (long word = b[w]; word != 0; word &= word - 1) {
                    total = total.add(Matching.amount(benefit, table, (w << 6) + Long.numberOfTrailingZeros(word)));
                }
            }
        }
        return total;
    }

    /** Traced evaluation (what an enterprise sees) agrees with bulk matching on a sample. */
    private static void checkAgainstTracedEvaluation(List<Matching.Compiled> policies, FactTable table, List<long[]> bits) {
        for (int row = 0; row < table.size; row += 97) {
            Map<Fact, Object> known = table.facts(row);
            for (int p = 0; p < policies.size(); p++) {
                assertThat(Eligibility.evaluate(policies.get(p).rule(), known).eligible())
                        .isEqualTo(ColumnMatcher.get(bits.get(p), row));
            }
        }
    }

    // ---- generated data -------------------------------------------------------------------------------------

    private void generateFacts() {
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        List<FactBase.Supplied> rows = new ArrayList<>();
        people.eachEnterprise(e -> {
            Random r = new Random(e.id().getLeastSignificantBits());
            int employees = (int) Math.min(5000, Math.exp(r.nextGaussian() * 1.3 + 3));
            double revenue = Math.round(employees * (20 + r.nextDouble() * 80));
            add(rows, e, Fact.EMPLOYEES, BigDecimal.valueOf(employees), asOf);
            add(rows, e, Fact.REVENUE, BigDecimal.valueOf(revenue), asOf);
            add(rows, e, Fact.TOTAL_ASSETS, BigDecimal.valueOf(Math.round(revenue * (0.5 + r.nextDouble()))), asOf);
            add(rows, e, Fact.TAX_PAID, BigDecimal.valueOf(Math.round(revenue * r.nextDouble() * 0.08)), asOf);
            add(rows, e, Fact.RND_SPENDING, BigDecimal.valueOf(Math.round(revenue * r.nextDouble() * 0.06)), asOf);
            add(rows, e, Fact.EXPORT_VALUE, BigDecimal.valueOf(r.nextInt(10) < 7 ? 0 : Math.round(revenue * r.nextDouble() * 0.5)), asOf);
            add(rows, e, Fact.HIGH_TECH, r.nextInt(100) < 8, asOf);
            add(rows, e, Fact.SPECIALIZED, r.nextInt(100) < 3, asOf);
            int tier = r.nextInt(100);
            if (tier < 95) { // some enterprises have no credit rating yet
                add(rows, e, Fact.CREDIT_TIER, tier < 30 ? "A" : tier < 80 ? "B" : tier < 92 ? "C" : "D", asOf);
            }
        });
        transaction.executeWithoutResult(s -> facts.write(rows, "基准测试", "bench"));
    }

    private static void add(List<FactBase.Supplied> rows, Enterprise e, Fact f, Object value, LocalDate asOf) {
        rows.add(new FactBase.Supplied(e.id(), f, value, asOf));
    }

    /** Realistic shapes: 3–6 plain conditions, sometimes a 满足其一 of two, sometimes a 不满足; 5–8 in all. */
    private void generatePolicies() {
        Random r = new Random(2023);
        for (int p = 0; p < POLICIES; p++) {
            int total = 5 + r.nextInt(4);
            boolean any = r.nextBoolean();
            boolean not = r.nextInt(3) == 0;
            int plain = total - (any ? 2 : 0) - (not ? 1 : 0);
            List<Object> all = new ArrayList<>();
            for (int i = 0; i < plain; i++) {
                all.add(condition(r));
            }
            if (any) {
                all.add(Map.of("any", List.of(condition(r), condition(r))));
            }
            if (not) {
                all.add(Map.of("not", Map.of("fact", "CREDIT_TIER", "op", "EQ", "value", "D")));
            }
            Object benefit = switch (p % 4) {
                case 0 -> Map.of("type", "FIXED", "amount", 10_000 + r.nextInt(20) * 5_000);
                case 1 -> Map.of("type", "PER_EMPLOYEE", "amount", 500 + r.nextInt(10) * 100, "cap", 200_000);
                case 2 -> Map.of("type", "PERCENT", "fact", "RND_SPENDING", "rate", 5 + r.nextInt(10), "cap", 500_000);
                default -> Map.of("type", "TIERS", "fact", "REVENUE", "tiers",
                        List.of(Map.of("from", 500, "amount", 20_000), Map.of("from", 2000, "amount", 50_000),
                                Map.of("from", 10000, "amount", 100_000)));
            };
            jdbc.sql("""
                    insert into policy_policy (id, code, version, title, issuer, doc_number, valid_from, valid_to, summary,
                        rule_json, benefit_json, automatic, status, created_by, published_at)
                    values (?, ?, 1, ?, '乐山市经济和信息化局', ?, '2026-01-01', '2099-12-31', '基准测试政策', ?, ?, true,
                        'PUBLISHED', 'bench', now())""")
                    .params(UUID.randomUUID(), "BENCH-" + p, "基准政策 " + p, "乐经信发〔2026〕" + p + "号",
                            json.writeValueAsString(Map.of("all", all)), json.writeValueAsString(benefit)).update();
        }
    }

    private static Map<String, Object> condition(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> Map.of("fact", "INDUSTRY", "op", "PREFIX", "value", List.of(List.of("C", "I65", "M", "F51", "E").get(r.nextInt(5))));
            case 1 -> Map.of("fact", "SIZE_CLASS", "op", "IN", "value", List.of("SMALL", "MICRO", "MEDIUM").subList(0, 1 + r.nextInt(3)));
            case 2 -> Map.of("fact", "REGION", "op", "IN", "value", List.of("511102", "511111", "511112", "511181").subList(0, 1 + r.nextInt(4)));
            case 3 -> Map.of("fact", "YEARS_SINCE_REGISTRATION", "op", "GE", "value", 1 + r.nextInt(8));
            case 4 -> Map.of("fact", "EMPLOYEES", "op", r.nextBoolean() ? "GE" : "LT", "value", 10 + r.nextInt(200));
            case 5 -> Map.of("fact", "REVENUE", "op", r.nextBoolean() ? "GE" : "LE", "value", 100 + r.nextInt(5000));
            case 6 -> Map.of("fact", "TAX_PAID", "op", "GE", "value", r.nextInt(100));
            case 7 -> Map.of("fact", "RND_SPENDING", "op", "GT", "value", r.nextInt(50));
            case 8 -> Map.of("fact", "EXPORT_VALUE", "op", "GT", "value", r.nextInt(10));
            case 9 -> Map.of("fact", r.nextBoolean() ? "HIGH_TECH" : "SPECIALIZED", "op", "EQ", "value", true);
            case 10 -> Map.of("fact", "CREDIT_TIER", "op", "IN", "value", List.of("A", "B"));
            default -> Map.of("fact", "REGISTERED_ON", "op", "ON_OR_AFTER", "value", LocalDate.of(2000 + r.nextInt(20), 1, 1).toString());
        };
    }

    // ---- the hand-written baseline ---------------------------------------------------------------------------

    /**
     * What a developer would write by hand for these policies: per policy, its conditions flattened into arrays
     * (column, operator, threshold) and one loop per enterprise that stops at the first failed condition, the
     * shape (plain conditions AND an optional two-way OR AND an optional NOT) coded directly.
     */
    private static final class Baseline {

        private static final int LT = 0, LE = 1, GT = 2, GE = 3, EQ = 4, NE = 5, SET = 6, BEFORE = 7, ON_OR_AFTER = 8;

        /** One condition made primitive: a number column with a threshold, or an int column with an accepted set. */
        private record Cond(double[] numbers, int[] ints, byte[] bools, int op, double x, boolean[] accepted) {

            boolean test(int i) {
                if (numbers != null) {
                    double v = numbers[i];
                    return switch (op) {
                        case LT -> v < x;
                        case LE -> v <= x;
                        case GT -> v > x;
                        case GE -> v >= x;
                        case EQ -> v == x;
                        default -> v != x && v == v;
                    };
                }
                if (bools != null) {
                    return bools[i] == (byte) x;
                }
                int v = ints[i];
                return switch (op) {
                    case SET -> v >= 0 && accepted[v];
                    case BEFORE -> v != FactTable.MISSING_DATE && v < x;
                    default -> v != FactTable.MISSING_DATE && v >= x;
                };
            }
        }

        private record Shape(Cond[] plain, Cond[] any, Cond not) {
        }

        private final Shape[] shapes;
        private final FactTable table;

        Baseline(List<Matching.Compiled> policies, FactTable table) {
            this.table = table;
            this.shapes = policies.stream().map(p -> shape(p, table)).toArray(Shape[]::new);
        }

        int count(int p) {
            int n = 0;
            for (int i = 0; i < table.size; i++) {
                n += eligible(shapes[p], i) ? 1 : 0;
            }
            return n;
        }

        private static boolean eligible(Shape s, int i) {
            for (Cond c : s.plain()) {
                if (!c.test(i)) {
                    return false;
                }
            }
            if (s.any() != null && !(s.any()[0].test(i) || s.any()[1].test(i))) {
                return false;
            }
            return s.not() == null || !s.not().test(i);
        }

        private static Shape shape(Matching.Compiled p, FactTable t) {
            List<Cond> plain = new ArrayList<>();
            Cond[] any = null;
            Cond not = null;
            for (Rule r : ((Rule.All) p.rule()).rules()) {
                if (r instanceof Rule.Any a) {
                    any = new Cond[] {cond((Rule.Condition) a.rules().get(0), t), cond((Rule.Condition) a.rules().get(1), t)};
                } else if (r instanceof Rule.Not n) {
                    not = cond((Rule.Condition) n.rule(), t);
                } else {
                    plain.add(cond((Rule.Condition) r, t));
                }
            }
            return new Shape(plain.toArray(Cond[]::new), any, not);
        }

        @SuppressWarnings("unchecked")
        private static Cond cond(Rule.Condition c, FactTable t) {
            Fact f = c.fact();
            return switch (f.type()) {
                case NUMBER -> new Cond(t.numbers(f), null, null, c.op().ordinal(), ((BigDecimal) c.value()).doubleValue(), null);
                case BOOLEAN -> new Cond(null, null, t.booleans(f), EQ, (Boolean) c.value() ? 1 : 0, null);
                case DATE -> new Cond(null, t.dates(f), null, c.op() == Rule.Operator.BEFORE ? BEFORE : ON_OR_AFTER,
                        ((LocalDate) c.value()).toEpochDay(), null);
                case TEXT -> {
                    List<String> dictionary = t.dictionary(f);
                    boolean[] accepted = new boolean[dictionary.size()];
                    List<String> values = c.value() instanceof List<?> l ? (List<String>) l : List.of((String) c.value());
                    for (int d = 0; d < accepted.length; d++) {
                        String v = dictionary.get(d);
                        accepted[d] = switch (c.op()) {
                            case PREFIX -> values.stream().anyMatch(v::startsWith);
                            case NE -> !values.contains(v);
                            default -> values.contains(v);
                        };
                    }
                    yield new Cond(null, t.texts(f), null, SET, 0, accepted);
                }
            };
        }
    }

    // ---- reporting ---------------------------------------------------------------------------------------------

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void report(String what, double value) {
        System.out.printf("POLICY-BENCH %-60s %.2f%n", what, value);
    }
}
