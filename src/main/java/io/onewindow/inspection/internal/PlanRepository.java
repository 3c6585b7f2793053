package io.onewindow.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directories, plans and drawn visits. */
@Repository
public class PlanRepository {

    /** An entry of the 抽查事项清单. */
    public record Item(int id, String departmentId, String name, String field, String method, String legalBasis) {
    }

    /** A plan as published: inputs and seed hash from its commitment; the seed once drawn. */
    public record Plan(UUID id, String code, String name, String departmentId, List<Integer> items, String inputs,
            String seedHash, String seed, String status, String createdBy, Instant createdAt, Instant drawnAt,
            String triggerKind, String triggerNote) {

        public boolean drawn() {
            return status.equals("DRAWN");
        }

        /** 跨部门综合监管 on an event: the entity was named, not drawn (the team still is). */
        public boolean byEvent() {
            return triggerKind.equals("EVENT");
        }
    }

    /** An entry of the 重点事项清单 and the departments jointly responsible. */
    public record Focus(String field, String matter, List<String> departments, String legalBasis) {
    }

    /** A drawn visit with the entity's name, for the pages. */
    public record VisitRow(UUID planId, int ordinal, String creditCode, String tier, List<String> team, String joinsCode,
            Integer joinsOrdinal, boolean recorded) {

        /** Part of one joint visit with an earlier plan's visit to the same entity (进一次门、查多项事). */
        public boolean joint() {
            return joinsCode != null;
        }
    }

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Item> items() {
        return jdbc.sql("select * from inspection_item order by id").query((rs, n) -> new Item(rs.getInt("id"),
                rs.getString("department_id"), rs.getString("name"), rs.getString("field"), rs.getString("method"),
                rs.getString("legal_basis"))).list();
    }

    /** Inspectors with a valid 执法证 competent in at least one of the fields. */
    List<Draw.Inspector> inspectorsFor(Set<String> fields, LocalDate today) {
        // recusal: besides declared conflicts, the entities of the inspector's own past cases (立案 on their visits)
        java.util.Map<String, Set<String>> ownCases = new java.util.HashMap<>();
        jdbc.sql("""
                select i.id, v.credit_code from inspection_visit v
                join inspection_result r on r.plan_id = v.plan_id and r.ordinal = v.ordinal
                join inspection_inspector i on (',' || v.team || ',') like '%,' || i.id || ',%'
                where r.outcome = 'VIOLATION'""")
                .query(rs -> {
                    ownCases.computeIfAbsent(rs.getString(1), k -> new java.util.TreeSet<>()).add(rs.getString(2));
                });
        return jdbc.sql("select * from inspection_inspector where valid_until >= ? order by id").param(today)
                .query((rs, n) -> {
                    Set<String> conflicts = new java.util.TreeSet<>(Plans.split(rs.getString("conflicts"), ","));
                    conflicts.addAll(ownCases.getOrDefault(rs.getString("id"), Set.of()));
                    return new Draw.Inspector(rs.getString("id"), Plans.split(rs.getString("fields"), "、"), conflicts);
                })
                .list().stream().filter(i -> i.fields().stream().anyMatch(fields::contains)).toList();
    }

    long nextSerial() {
        return jdbc.sql("select nextval('inspection_plan_serial')").query(Long.class).single();
    }

    void insert(UUID id, String code, String name, String departmentId, List<Integer> items, String inputs,
            String seedHash, byte[] sealedSeed, String createdBy, String triggerNote) {
        jdbc.sql("""
                insert into inspection_plan (id, code, name, department_id, items, inputs, seed_hash, sealed_seed, status,
                  created_by, trigger_kind, trigger_note) values (?, ?, ?, ?, ?, ?, ?, ?, 'COMMITTED', ?, ?, ?)""")
                .params(id, code, name, departmentId, String.join(",", items.stream().map(String::valueOf).toList()), inputs,
                        seedHash, sealedSeed, createdBy, triggerNote == null ? "RANDOM" : "EVENT", triggerNote).update();
    }

    /** Per drawn plan: results recorded, visits, and results published after their 20 working days. */
    public java.util.Map<UUID, long[]> progress() {
        java.util.Map<UUID, long[]> progress = new java.util.HashMap<>();
        jdbc.sql("""
                select v.plan_id, count(r.ordinal), count(*), count(*) filter (where cast(r.recorded_at as date) > r.publish_due)
                from inspection_visit v left join inspection_result r on r.plan_id = v.plan_id and r.ordinal = v.ordinal
                group by v.plan_id""").query(rs -> {
                    progress.put(rs.getObject(1, UUID.class), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                });
        return progress;
    }

    public List<Focus> focus() {
        return jdbc.sql("select * from inspection_focus order by id").query((rs, n) -> new Focus(rs.getString("field"),
                rs.getString("matter"), List.of(rs.getString("departments").split(",")), rs.getString("legal_basis"))).list();
    }

    public Optional<Plan> find(UUID id) {
        return jdbc.sql("select * from inspection_plan where id = ?").param(id).query(PlanRepository::plan).optional();
    }

    public Optional<Plan> byCode(String code) {
        return jdbc.sql("select * from inspection_plan where code = ?").param(code).query(PlanRepository::plan).optional();
    }

    Optional<Plan> lock(UUID id) {
        return jdbc.sql("select * from inspection_plan where id = ? for update").param(id).query(PlanRepository::plan).optional();
    }

    public List<Plan> all() {
        return jdbc.sql("select * from inspection_plan order by created_at desc limit 200").query(PlanRepository::plan).list();
    }

    byte[] sealedSeed(UUID id) {
        return jdbc.sql("select sealed_seed from inspection_plan where id = ?").param(id).query(byte[].class).single();
    }

    void drawn(UUID id, List<Draw.Visit> visits, String seedHex) {
        for (int i = 0; i < visits.size(); i++) {
            Draw.Visit v = visits.get(i);
            jdbc.sql("insert into inspection_visit (plan_id, ordinal, credit_code, tier, team) values (?, ?, ?, ?, ?)")
                    .params(id, i + 1, v.entity(), v.tier().name(), String.join(",", v.team())).update();
        }
        // 进一次门: a visit of another plan this quarter to the same entity, not yet inspected, is joined
        jdbc.sql("""
                update inspection_visit v set joins_plan = e.plan_id, joins_ordinal = e.ordinal
                from inspection_visit e join inspection_plan p on p.id = e.plan_id
                where v.plan_id = ? and e.credit_code = v.credit_code and e.plan_id <> v.plan_id and e.joins_plan is null
                  and p.status = 'DRAWN' and date_trunc('quarter', p.drawn_at) = date_trunc('quarter', now())
                  and not exists (select 1 from inspection_result r where r.plan_id = e.plan_id and r.ordinal = e.ordinal)""")
                .param(id).update();
        // the seed is public now; its sealed copy is no longer needed
        jdbc.sql("update inspection_plan set status = 'DRAWN', seed = ?, sealed_seed = null, drawn_at = now() where id = ?")
                .params(seedHex, id).update();
    }

    public List<VisitRow> visits(UUID planId) {
        return jdbc.sql(VISITS + " where v.plan_id = ? order by v.ordinal").param(planId).query(PlanRepository::visit).list();
    }

    /** The drawn visits whose team includes the inspector with this login. */
    public List<VisitRow> visitsOf(String username) {
        return jdbc.sql(VISITS + """
                 join inspection_inspector i on i.username = ?
                where (',' || v.team || ',') like '%,' || i.id || ',%' order by v.credit_code, v.plan_id, v.ordinal""")
                .param(username).query(PlanRepository::visit).list();
    }

    /** The visit, if the inspector with this login is in its team. */
    Optional<VisitRow> teamVisit(String username, UUID planId, int ordinal) {
        return jdbc.sql(VISITS + """
                 join inspection_inspector i on i.username = ?
                where v.plan_id = ? and v.ordinal = ? and (',' || v.team || ',') like '%,' || i.id || ',%'""")
                .params(username, planId, ordinal).query(PlanRepository::visit).optional();
    }

    private static VisitRow visit(ResultSet rs, int n) throws SQLException {
        return new VisitRow(rs.getObject("plan_id", UUID.class), rs.getInt("ordinal"), rs.getString("credit_code"),
                rs.getString("tier"), List.of(rs.getString("team").split(",")), rs.getString("joins_code"),
                (Integer) rs.getObject("joins_ordinal"), rs.getBoolean("recorded"));
    }

    private static final String VISITS = """
            select v.*, j.code as joins_code,
              exists (select 1 from inspection_result r where r.plan_id = v.plan_id and r.ordinal = v.ordinal) as recorded
            from inspection_visit v left join inspection_plan j on j.id = v.joins_plan""";

    private static Plan plan(ResultSet rs, int n) throws SQLException {
        var drawnAt = rs.getTimestamp("drawn_at");
        return new Plan(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("department_id"), Arrays.stream(rs.getString("items").split(",")).map(Integer::valueOf).toList(),
                rs.getString("inputs"), rs.getString("seed_hash"), rs.getString("seed"), rs.getString("status"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                drawnAt == null ? null : drawnAt.toInstant(), rs.getString("trigger_kind"), rs.getString("trigger_note"));
    }
}
