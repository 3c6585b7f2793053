package io.onewindow.policy.internal;

import io.onewindow.identity.Enterprise;
import io.onewindow.identity.People;
import io.onewindow.platform.ChinaTime;
import io.onewindow.policy.Benefit;
import io.onewindow.policy.Eligibility;
import io.onewindow.policy.Fact;
import io.onewindow.policy.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every policy in force against every enterprise. Results are stored as the eligible pairs with their amount
 * (table policy_match); a pair that newly appears is shown to the enterprise as 新 on 可享政策. Runs in bulk (nightly,
 * on demand, after a publication or a large import) and for one enterprise when its facts change.
 */
@Service
public class Matching {

    private static final Logger log = LoggerFactory.getLogger(Matching.class);
    /** Serialises writers across nodes: two nodes matching at once write in turn, the second finding no change. */
    private static final long LOCK = 0x504F4C4943L; // "POLIC"
    /** Above this many changed enterprises a full run is cheaper than one-by-one. */
    static final int INCREMENTAL_LIMIT = 2_000;

    /** A policy in force, ready to evaluate. */
    record Compiled(UUID id, String code, Rule rule, Benefit benefit) {
    }

    /** One bulk run; while it runs, {@code phase} says where it is and the counts are 0. */
    public record Run(String trigger, OffsetDateTime startedAt, int enterprises, int policies, int eligible, long millis,
            String phase) {

        public boolean running() {
            return !phase.equals("DONE") && !phase.equals("FAILED");
        }

        public String phaseLabel() {
            return switch (phase) {
                case "QUEUED" -> "排队中";
                case "READING" -> "读取全部企业事实";
                case "MATCHING" -> "逐项政策匹配";
                case "WRITING" -> "写入匹配结果";
                case "DONE" -> "已完成";
                default -> "失败";
            };
        }

        /** For the progress bar: the share of the four phases done. */
        public int percent() {
            return switch (phase) {
                case "QUEUED" -> 5;
                case "READING" -> 25;
                case "MATCHING" -> 55;
                case "WRITING" -> 75;
                default -> 100;
            };
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final FactBase facts;
    private final People people;
    private final PolicyRules rules;
    private final MatchStore store;
    private final TransactionTemplate separate;

    private final io.onewindow.platform.BackgroundWork background;

    Matching(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions, FactBase facts,
            People people, PolicyRules rules, MatchStore store, io.onewindow.platform.BackgroundWork background) {
        this.background = background;
        this.jdbc = jdbc;
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.facts = facts;
        this.people = people;
        this.rules = rules;
    }

    /** Nightly: ages and validity windows move with the date even when no fact changes. */
    @Scheduled(cron = "${onewindow.policy.match-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        matchAll("NIGHTLY");
    }

    /** Bulk, now: reads every fact, matches every policy in force, writes the differences. */
    public Run matchAll(String trigger) {
        return execute(newRun(trigger), trigger);
    }

    /** Bulk, in the background (after a publication, on demand): returns the run to follow. */
    public UUID matchAllInBackground(String trigger) {
        UUID run = newRun(trigger);
        background.submit("policy matching (" + trigger + ")", () -> execute(run, trigger));
        return run;
    }

    private UUID newRun(String trigger) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into policy_match_run (id, trigger, phase) values (?, ?, 'QUEUED')").params(id, trigger).update();
        return id;
    }

    /**
     * The facts are read under the lock, so an enterprise re-matched meanwhile (it waits for the lock) is re-matched
     * on the newest facts. The phase is written in its own transaction so that the progress shows while this runs.
     */
    private Run execute(UUID runId, String trigger) {
        long t0 = System.nanoTime();
        OffsetDateTime started = ChinaTime.now();
        try {
            Run run = transaction.execute(s -> {
                jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).single();
                phase(runId, "READING");
                List<Compiled> policies = rules.inForce();
                FactTable table = facts.snapshot();
                phase(runId, "MATCHING");
                List<long[]> results = evaluate(policies, table);
                int eligible = results.stream().mapToInt(ColumnMatcher::count).sum();
                phase(runId, "WRITING");
                MatchStore.Changes changes = store.replaceAll(policies, table, results);
                long millis = (System.nanoTime() - t0) / 1_000_000;
                log.info("Policy matching ({}): {} enterprises × {} policies, {} eligible pairs ({}), {} ms", trigger,
                        table.size, policies.size(), eligible, changes, millis);
                return new Run(trigger, started, table.size, policies.size(), eligible, millis, "DONE");
            });
            jdbc.sql("update policy_match_run set phase = 'DONE', started_at = ?, finished_at = now(), enterprises = ?, "
                    + "policies = ?, eligible = ?, millis = ? where id = ?").params(started, run.enterprises(), run.policies(),
                            run.eligible(), run.millis(), runId).update();
            return run;
        } catch (RuntimeException e) {
            jdbc.sql("update policy_match_run set phase = 'FAILED', finished_at = now() where id = ?").param(runId).update();
            throw e;
        }
    }

    private void phase(UUID runId, String phase) {
        separate.executeWithoutResult(s -> jdbc.sql("update policy_match_run set phase = ?, heartbeat_at = now() where id = ?").params(phase, runId).update());
    }

    /** Each policy's eligible rows as a bitset, policies spread over the cores. */
    static List<long[]> evaluate(List<Compiled> policies, FactTable table) {
        long[][] out = new long[policies.size()][];
        IntStream.range(0, policies.size()).parallel().forEach(p -> out[p] = ColumnMatcher.eligible(policies.get(p).rule(), table));
        return List.of(out);
    }

    static BigDecimal amount(Benefit benefit, FactTable table, int row) {
        return benefit.yuan(f -> table.value(f, row));
    }

    /**
     * Incremental: re-matches the enterprises whose facts changed (one by one up to {@link #INCREMENTAL_LIMIT},
     * otherwise a full run).
     */
    public void factsChanged(Collection<UUID> enterprises) {
        if (enterprises.size() > INCREMENTAL_LIMIT) {
            matchAll("IMPORT");
            return;
        }
        for (UUID id : enterprises) {
            people.enterprise(id).ifPresent(this::matchEnterprise);
        }
    }

    /** Re-matches one enterprise against every policy in force; returns how many pairs changed. */
    public int matchEnterprise(Enterprise e) {
        Map<Fact, Object> known = facts.factsOf(e);
        Map<UUID, BigDecimal> wanted = new HashMap<>();
        for (Compiled p : rules.inForce()) {
            if (Eligibility.holds(p.rule(), known)) {
                wanted.put(p.id(), p.benefit().yuan(known::get));
            }
        }
        return Optional.ofNullable(transaction.execute(s -> {
            // shared: many enterprises at once, but not while a bulk run writes
            jdbc.sql("select pg_advisory_xact_lock_shared(?)").param(LOCK).query(Object.class).single();
            Map<UUID, BigDecimal> current = new HashMap<>();
            jdbc.sql("select policy_id, amount_yuan from policy_match where enterprise_id = ?").param(e.id())
                    .query(rs -> {
                        current.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
                    });
            int changed = 0;
            List<UUID> gone = new ArrayList<>(current.keySet());
            gone.removeAll(wanted.keySet());
            for (UUID policy : gone) {
                changed += jdbc.sql("delete from policy_match where policy_id = ? and enterprise_id = ?").params(policy, e.id()).update();
            }
            for (var w : wanted.entrySet()) {
                BigDecimal before = current.get(w.getKey());
                if (before == null) {
                    changed += jdbc.sql("insert into policy_match (policy_id, enterprise_id, amount_yuan, eligible_since) "
                            + "values (?, ?, ?, ?)").params(w.getKey(), e.id(), w.getValue(), ChinaTime.today()).update();
                } else if (before.compareTo(w.getValue()) != 0) {
                    changed += jdbc.sql("update policy_match set amount_yuan = ? where policy_id = ? and enterprise_id = ?")
                            .params(w.getValue(), w.getKey(), e.id()).update();
                }
            }
            return changed;
        })).orElse(0);
    }

    public Optional<Run> lastRun() {
        return jdbc.sql("select trigger, started_at, enterprises, policies, eligible, millis, phase from policy_match_run "
                + "order by started_at desc limit 1").query((rs, n) -> new Run(rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getLong(6),
                        rs.getString(7))).optional();
    }

    /** When each enterprise first became eligible for the policy (absent: not stored yet, i.e. today). */
    Map<UUID, LocalDate> eligibleSince(UUID policy) {
        Map<UUID, LocalDate> out = new HashMap<>();
        jdbc.sql("select enterprise_id, eligible_since from policy_match where policy_id = ?").param(policy)
                .query(rs -> {
                    out.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
                });
        return out;
    }
}
