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
    public record VisitRow(UUID planId, int ordinal, String creditCode, String tier, List<String> team) {
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
        return jdbc.sql("select * from inspection_inspector where valid_until >= ? order by id").param(today)
                .query((rs, n) -> new Draw.Inspector(rs.getString("id"), Plans.split(rs.getString("fields"), "、"),
                        Plans.split(rs.getString("conflicts"), ",")))
                .list().stream().filter(i -> i.fields().stream().anyMatch(fields::contains)).toList();
    }

    int countToday() {
        return jdbc.sql("select count(*) from inspection_plan where created_at >= current_date").query(Integer.class).single();
    }

    void insert(UUID id, String code, String name, String departmentId, List<Integer> items, String inputs,
            String seedHash, byte[] sealedSeed, String createdBy, String triggerNote) {
        jdbc.sql("""
                insert into inspection_plan (id, code, name, department_id, items, inputs, seed_hash, sealed_seed, status,
                  created_by, trigger_kind, trigger_note) values (?, ?, ?, ?, ?, ?, ?, ?, 'COMMITTED', ?, ?, ?)""")
                .params(id, code, name, departmentId, String.join(",", items.stream().map(String::valueOf).toList()), inputs,
                        seedHash, sealedSeed, createdBy, triggerNote == null ? "RANDOM" : "EVENT", triggerNote).update();
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
        // the seed is public now; its sealed copy is no longer needed
        jdbc.sql("update inspection_plan set status = 'DRAWN', seed = ?, sealed_seed = null, drawn_at = now() where id = ?")
                .params(seedHex, id).update();
    }

    public List<VisitRow> visits(UUID planId) {
        return jdbc.sql("select * from inspection_visit where plan_id = ? order by ordinal").param(planId)
                .query(PlanRepository::visit).list();
    }

    /** The drawn visits whose team includes the inspector with this login. */
    public List<VisitRow> visitsOf(String username) {
        return jdbc.sql("""
                select v.* from inspection_visit v join inspection_inspector i on i.username = ?
                where (',' || v.team || ',') like '%,' || i.id || ',%' order by v.plan_id, v.ordinal""").param(username)
                .query(PlanRepository::visit).list();
    }

    private static VisitRow visit(ResultSet rs, int n) throws SQLException {
        return new VisitRow(rs.getObject("plan_id", UUID.class), rs.getInt("ordinal"), rs.getString("credit_code"),
                rs.getString("tier"), List.of(rs.getString("team").split(",")));
    }

    private static Plan plan(ResultSet rs, int n) throws SQLException {
        var drawnAt = rs.getTimestamp("drawn_at");
        return new Plan(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("department_id"), Arrays.stream(rs.getString("items").split(",")).map(Integer::valueOf).toList(),
                rs.getString("inputs"), rs.getString("seed_hash"), rs.getString("seed"), rs.getString("status"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                drawnAt == null ? null : drawnAt.toInstant(), rs.getString("trigger_kind"), rs.getString("trigger_note"));
    }
}
