package io.onewindow.inspection.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 双随机: which entities are inspected and by whom, from published inputs and a seed — the same inputs and seed
 * always give the same list, so anyone can re-run it (docs/inspection.md states it step by step):
 * <ol>
 * <li>Entities, per credit tier in the order A, B, C, D, in the order given (sorted by credit code): k = ⌈n × ratio
 * ÷ 100⌉ are drawn by the first k steps of a Fisher–Yates shuffle — step i swaps position i with i + below(n − i).
 * <li>For each drawn entity, in draw order, a team: inspectors are drawn with below(number of inspectors); one is
 * taken when not already in the team, without a conflict with the entity (declared, or their own past cases), and
 * competent for a field the team does not cover yet — or, once every field is covered, for any of the plan's
 * fields. The team is complete with {@code teamSize} members covering every field.
 * </ol>
 * Random numbers come from {@link DrawStream}.
 */
public final class Draw {

    /** 信用风险分类 A (low risk) … D (high risk). */
    public enum Tier {
        A, B, C, D
    }

    /** An entity of the 检查对象名录: its credit code and tier. */
    public record Entity(String id, Tier tier) {
    }

    /** An inspector of the 执法检查人员名录: 执法证号, fields of competence, entities they must not inspect. */
    public record Inspector(String id, Set<String> fields, Set<String> conflicts) {
    }

    /**
     * @param ratios   percent of each tier's entities to draw
     * @param fields   what the plan's items need (e.g. 食品安全, 特种设备)
     * @param teamSize at least two: 执法 by two officers
     */
    public record Inputs(Map<Tier, Integer> ratios, List<Entity> entities, List<Inspector> inspectors, Set<String> fields,
            int teamSize) {
    }

    /** One visit: the entity and its team, in draw order. */
    public record Visit(String entity, Tier tier, List<String> team) {
    }

    /** Raised when no team can be formed for an entity (too few competent, unconflicted inspectors). */
    public static final class NoTeam extends RuntimeException {

        NoTeam(String entity) {
            super("无法为检查对象 " + entity + " 组成检查组：没有足够的无回避关系且具备执法资格的检查人员");
        }
    }

    private Draw() {
    }

    public static List<Visit> run(Inputs in, byte[] seed) {
        DrawStream random = new DrawStream(seed);
        Map<Tier, List<Entity>> byTier = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            byTier.put(t, new ArrayList<>());
        }
        in.entities().forEach(e -> byTier.get(e.tier()).add(e));
        List<Entity> drawn = new ArrayList<>();
        for (Tier t : Tier.values()) {
            List<Entity> pool = byTier.get(t);
            int n = pool.size();
            int k = (int) Math.min(n, (n * (long) in.ratios().getOrDefault(t, 0) + 99) / 100);
            for (int i = 0; i < k; i++) {
                Collections.swap(pool, i, i + random.below(n - i));
                drawn.add(pool.get(i));
            }
        }
        List<Visit> visits = new ArrayList<>(drawn.size());
        for (Entity e : drawn) {
            visits.add(new Visit(e.id(), e.tier(), team(e, in, random)));
        }
        return visits;
    }

    private static List<String> team(Entity e, Inputs in, DrawStream random) {
        List<Inspector> all = in.inspectors();
        Set<String> uncovered = new HashSet<>(in.fields());
        Set<String> team = new LinkedHashSet<>();
        int attempts = 0;
        int limit = 50 * Math.max(all.size(), 1);
        while (team.size() < in.teamSize() || !uncovered.isEmpty()) {
            if (all.isEmpty() || ++attempts > limit) {
                throw new NoTeam(e.id());
            }
            Inspector candidate = all.get(random.below(all.size()));
            if (team.contains(candidate.id()) || candidate.conflicts().contains(e.id())) {
                continue;
            }
            boolean useful = uncovered.isEmpty() ? candidate.fields().stream().anyMatch(in.fields()::contains)
                    : candidate.fields().stream().anyMatch(uncovered::contains);
            if (useful) {
                team.add(candidate.id());
                uncovered.removeAll(candidate.fields());
            }
        }
        return List.copyOf(team);
    }
}
