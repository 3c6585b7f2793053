package io.onewindow.catalog.internal;

import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.ServiceFlag;
import io.onewindow.catalog.ServiceGuide;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions of an item, element by element, with list lines added and removed. */
public final class GuideDiff {

    /** One changed element: for lists, {@code removed}/{@code added} lines; for values, the old and new value. */
    public record Change(String element, List<String> removed, List<String> added) {
    }

    private static final Map<String, Function<ServiceGuide, List<String>>> ELEMENTS = new LinkedHashMap<>();

    static {
        ELEMENTS.put("事项名称", g -> one(g.name()));
        ELEMENTS.put("服务对象", g -> one(g.audience() == null ? null : g.audience().label()));
        ELEMENTS.put("主题", g -> g.lifeEvents());
        ELEMENTS.put("关键词", g -> g.keywords());
        ELEMENTS.put("设定依据", g -> one(g.legalBasis()));
        ELEMENTS.put("受理条件", g -> g.conditions());
        ELEMENTS.put("申请材料", g -> GuideLines.formatMaterials(g.materials()).lines().toList());
        ELEMENTS.put("法定办结时限", g -> one(g.statutoryDays() + " 个工作日"));
        ELEMENTS.put("承诺办结时限", g -> one(g.promisedDays() + " 个工作日"));
        ELEMENTS.put("收费标准", g -> one(g.fees()));
        ELEMENTS.put("办理结果", g -> one(g.result()));
        ELEMENTS.put("结果证照类型", g -> one(g.resultLicenseType()));
        ELEMENTS.put("办理地点", g -> one(g.location()));
        ELEMENTS.put("办理时间", g -> one(g.hours()));
        ELEMENTS.put("咨询电话", g -> one(g.enquiryPhone()));
        ELEMENTS.put("监督投诉电话", g -> one(g.complaintPhone()));
        ELEMENTS.put("有效期", g -> one(g.validity()));
        ELEMENTS.put("监督机构", g -> one(g.supervisor()));
        ELEMENTS.put("到现场次数", g -> one(String.valueOf(g.visits())));
        ELEMENTS.put("服务标识", g -> g.flags() == null ? List.of()
                : g.flags().stream().sorted().map(ServiceFlag::label).collect(Collectors.toList()));
        ELEMENTS.put("申请表", g -> GuideLines.formatForm(g.form()).lines().toList());
        ELEMENTS.put("常见问题", g -> GuideLines.formatFaq(g.faq()).lines().toList());
    }

    private GuideDiff() {
    }

    public static List<Change> between(ItemVersion from, ItemVersion to) {
        List<Change> changes = new ArrayList<>();
        ELEMENTS.forEach((label, read) -> {
            List<String> a = nonNull(read.apply(from.guide()));
            List<String> b = nonNull(read.apply(to.guide()));
            if (!a.equals(b)) {
                changes.add(new Change(label, a.stream().filter(x -> !b.contains(x)).toList(),
                        b.stream().filter(x -> !a.contains(x)).toList()));
            }
        });
        if (!Objects.equals(from.bpmnXml(), to.bpmnXml())) {
            changes.add(new Change("办理流程（BPMN）", List.of("第 " + from.version() + " 版流程"),
                    List.of("第 " + to.version() + " 版流程")));
        }
        return changes;
    }

    private static List<String> one(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s);
    }

    private static List<String> nonNull(List<String> l) {
        return l == null ? List.of() : l;
    }
}
