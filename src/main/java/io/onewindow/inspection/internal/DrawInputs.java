package io.onewindow.inspection.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published inputs of a draw as JSON — what an outsider downloads to re-run it (docs/inspection.md):
 * {@code {"ratios":{"A":3,…},"fields":[…],"teamSize":2,"entities":[{"id":…,"tier":…}…],"inspectors":[{"id":…,
 * "fields":[…],"conflicts":[…]}…]}}, entities sorted by credit code and inspectors by 执法证号, lists sorted.
 */
final class DrawInputs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DrawInputs() {
    }

    static String write(Draw.Inputs in) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Integer> ratios = new LinkedHashMap<>();
        for (Draw.Tier t : Draw.Tier.values()) {
            ratios.put(t.name(), in.ratios().getOrDefault(t, 0));
        }
        root.put("ratios", ratios);
        root.put("fields", new TreeSet<>(in.fields()));
        root.put("teamSize", in.teamSize());
        root.put("entities", in.entities().stream().sorted(java.util.Comparator.comparing(Draw.Entity::id))
                .map(e -> Map.of("id", e.id(), "tier", e.tier().name())).toList());
        root.put("inspectors", in.inspectors().stream().sorted(java.util.Comparator.comparing(Draw.Inspector::id))
                .map(i -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", i.id());
                    m.put("fields", new TreeSet<>(i.fields()));
                    m.put("conflicts", new TreeSet<>(i.conflicts()));
                    return m;
                }).toList());
        return JSON.writeValueAsString(root);
    }

    /** Reads inputs as published; anything malformed is refused with the reason. */
    static Draw.Inputs read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("输入数据不是有效的 JSON");
        }
        Map<Draw.Tier, Integer> ratios = new EnumMap<>(Draw.Tier.class);
        for (Draw.Tier t : Draw.Tier.values()) {
            int r = root.path("ratios").path(t.name()).asInt(0);
            if (r < 0 || r > 100) {
                throw new IllegalArgumentException("抽取比例须在 0–100 之间");
            }
            ratios.put(t, r);
        }
        List<Draw.Entity> entities = new ArrayList<>();
        for (JsonNode e : root.path("entities")) {
            entities.add(new Draw.Entity(e.path("id").asString(), tier(e.path("tier").asString())));
        }
        List<Draw.Inspector> inspectors = new ArrayList<>();
        for (JsonNode i : root.path("inspectors")) {
            inspectors.add(new Draw.Inspector(i.path("id").asString(), strings(i.path("fields")), strings(i.path("conflicts"))));
        }
        int teamSize = root.path("teamSize").asInt(2);
        if (teamSize < 2 || teamSize > 10) {
            throw new IllegalArgumentException("检查组人数须在 2–10 之间");
        }
        return new Draw.Inputs(ratios, entities, inspectors, strings(root.path("fields")), teamSize);
    }

    private static Draw.Tier tier(String s) {
        try {
            return Draw.Tier.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("信用等级只能是 A、B、C、D：" + s);
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
