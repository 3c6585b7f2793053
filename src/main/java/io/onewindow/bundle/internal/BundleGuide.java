package io.onewindow.bundle.internal;

import io.onewindow.catalog.FormField;
import io.onewindow.catalog.Material;
import io.onewindow.catalog.ServiceGuide;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 一单一图一表 of a bundle, computed from its members' published guides — never typed: the merged conditions and
 * materials (one line per material, whatever number of members need it), the reduction in materials, visits and
 * time, and the critical path of the declared order. Figures count every member, conditional ones included.
 */
public record BundleGuide(BundleDefinition definition, Map<Integer, ServiceGuide> members, List<Condition> conditions,
        List<MergedMaterial> materials, List<MergedField> form, Figures figures, List<Integer> criticalPath) {

    /** A condition of a member item, with the item it comes from. */
    public record Condition(String text, String itemName) {
    }

    /** One material of the merged 一单: who needs it, and whether the applicant hands it in. */
    public record MergedMaterial(String name, String source, boolean upload, boolean required, String condition,
            List<Integer> members) {
    }

    /**
     * One field of the merged 一表. {@code key} is the member field's key, or {@code m<position>.<key>} when two
     * members use one key for different things.
     */
    public record MergedField(String key, FormField field, Map<Integer, String> memberKeys) {
    }

    /**
     * @param materialLines    the 一单 lines of all members, as if applied for one by one
     * @param uploads          distinct materials the applicant still hands in
     * @param duplicatesMerged lines that were the same material needed by several members
     * @param exempted         distinct materials from 电子证照 or 部门共享 (免提交)
     */
    public record Figures(int materialLines, int uploads, int duplicatesMerged, int exempted, int visitsApart,
            int visitsTogether, int statutoryDaysApart, int statutoryDaysTogether, int promisedDaysApart,
            int promisedDaysTogether) {

        public int materialReductionPercent() {
            return materialLines == 0 ? 0 : Math.round(100f * (materialLines - uploads) / materialLines);
        }

        public int timeReductionPercent() {
            return statutoryDaysApart == 0 ? 0
                    : Math.round(100f * (statutoryDaysApart - statutoryDaysTogether) / statutoryDaysApart);
        }
    }

    /** When a member is sent to its department: at once, or after the results it waits for. */
    public String orderOf(int position) {
        List<Integer> after = definition.member(position).after();
        return after.isEmpty() ? "申请后即办" : "待" + String.join("、", after.stream()
                .map(p -> "“" + definition.member(p).itemName() + "”").toList()) + "办结后自动提交"
                + (definition.member(position).forNewborn() ? "，以宝宝为申请人、您为监护人" : "")
                + (definition.member(position).forNewEnterprise() ? "，以新设立的市场主体为申请人、您为经营者（法定代表人）" : "");
    }

    public static BundleGuide of(BundleDefinition d, Map<Integer, ServiceGuide> guides) {
        List<Condition> conditions = new ArrayList<>();
        Map<String, MergedMaterial> materials = new LinkedHashMap<>();
        Map<String, MergedField> form = new LinkedHashMap<>();
        int lines = 0;
        int visitsApart = 0;
        int visitsTogether = 0;
        int statutoryApart = 0;
        int promisedApart = 0;
        for (BundleDefinition.Member m : d.members()) {
            ServiceGuide g = guides.get(m.position());
            g.conditions().forEach(c -> {
                if (conditions.stream().noneMatch(x -> x.text().equals(c))) {
                    conditions.add(new Condition(c, g.name()));
                }
            });
            for (Material mat : g.materials()) {
                lines++;
                materials.merge(mat.name(), merged(mat, m.position()), (a, b) -> new MergedMaterial(a.name(),
                        a.upload() ? b.source() : a.source(), a.upload() && b.upload(), a.required() || b.required(),
                        a.required() || b.required() ? null : a.condition(), concat(a.members(), b.members())));
            }
            for (FormField f : g.form()) {
                MergedField same = form.get(f.key());
                if (same == null) {
                    form.put(f.key(), new MergedField(f.key(), f, new LinkedHashMap<>(Map.of(m.position(), f.key()))));
                } else if (same.field().type() == f.type()) {
                    same.memberKeys().put(m.position(), f.key());
                } else {
                    String key = "m" + m.position() + "." + f.key();
                    form.put(key, new MergedField(key, f, new LinkedHashMap<>(Map.of(m.position(), f.key()))));
                }
            }
            visitsApart += g.visits();
            visitsTogether = Math.max(visitsTogether, g.visits()); // one trip serves every member
            statutoryApart += g.statutoryDays();
            promisedApart += g.promisedDays();
        }
        List<MergedMaterial> merged = List.copyOf(materials.values());
        int uploads = (int) merged.stream().filter(MergedMaterial::upload).count();
        int exempted = merged.size() - uploads;
        List<Integer> path = criticalPath(d, guides);
        int statutoryTogether = path.stream().mapToInt(p -> guides.get(p).statutoryDays()).sum();
        int promisedTogether = longest(d, p -> guides.get(p).promisedDays());
        Figures figures = new Figures(lines, uploads, lines - merged.size(), exempted, visitsApart, visitsTogether,
                statutoryApart, statutoryTogether, promisedApart, promisedTogether);
        return new BundleGuide(d, guides, List.copyOf(conditions), merged, List.copyOf(form.values()), figures, path);
    }

    private static MergedMaterial merged(Material m, int position) {
        String source = m.source() == Material.Source.APPLICANT || m.sourceRef() == null ? m.source().label()
                : m.source().label() + "：" + m.sourceRef();
        return new MergedMaterial(m.name(), source, m.source() == Material.Source.APPLICANT, m.required(),
                m.condition(), List.of(position));
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> all = new ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return List.copyOf(all);
    }

    /**
     * The chain of members that bounds the whole in statutory days: members without predecessors start together,
     * a member starts when the last of its predecessors ends (members are listed after their predecessors).
     */
    static List<Integer> criticalPath(BundleDefinition d, Map<Integer, ServiceGuide> guides) {
        Map<Integer, Integer> finish = new LinkedHashMap<>();
        Map<Integer, Integer> via = new LinkedHashMap<>();
        for (BundleDefinition.Member m : d.members()) {
            int start = 0;
            for (int p : m.after()) {
                if (finish.get(p) > start) {
                    start = finish.get(p);
                    via.put(m.position(), p);
                } else if (!via.containsKey(m.position())) {
                    via.put(m.position(), p);
                }
            }
            finish.put(m.position(), start + guides.get(m.position()).statutoryDays());
        }
        int last = finish.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        List<Integer> path = new ArrayList<>();
        for (Integer p = last; p != null; p = via.get(p)) {
            path.add(0, p);
        }
        return List.copyOf(path);
    }

    private static int longest(BundleDefinition d, java.util.function.IntUnaryOperator days) {
        Map<Integer, Integer> finish = new LinkedHashMap<>();
        for (BundleDefinition.Member m : d.members()) {
            int start = m.after().stream().mapToInt(finish::get).max().orElse(0);
            finish.put(m.position(), start + days.applyAsInt(m.position()));
        }
        return finish.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
