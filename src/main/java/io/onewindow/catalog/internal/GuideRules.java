package io.onewindow.catalog.internal;

import io.onewindow.catalog.FormField;
import io.onewindow.catalog.Material;
import io.onewindow.catalog.ServiceFlag;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.workflow.ProcessModelCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a guide needs before it can be submitted or published (standards.md §9), as a list of Chinese problems
 * naming the element. Pure: no Spring, no database.
 */
public final class GuideRules {

    private static final Pattern FIELD_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,39}");
    public static final int MAX_DAYS = 365;

    private GuideRules() {
    }

    public static List<String> problems(ServiceGuide g, ProcessModelCheck process) {
        List<String> p = new ArrayList<>();
        require(p, g.name(), "事项名称");
        if (g.type() == null) {
            p.add("缺少事项类型");
        }
        if (g.audience() == null) {
            p.add("缺少服务对象（个人或法人）");
        }
        require(p, g.legalBasis(), "设定依据");
        if (g.conditions() == null || g.conditions().isEmpty()) {
            p.add("缺少受理条件");
        }
        materials(g, p);
        days(g, p);
        require(p, g.fees(), "收费标准（不收费请填“不收费”）");
        require(p, g.result(), "办理结果");
        require(p, g.location(), "办理地点");
        require(p, g.hours(), "办理时间");
        require(p, g.enquiryPhone(), "咨询电话");
        require(p, g.complaintPhone(), "监督投诉电话");
        require(p, g.supervisor(), "监督机构");
        if (g.visits() < 0 || g.visits() > 5) {
            p.add("到现场次数应为 0–5 次");
        }
        form(g, p);
        flags(g, process, p);
        if (process == null) {
            p.add("缺少 BPMN 办理流程");
        } else if (!process.valid()) {
            process.problems().forEach(problem -> p.add("办理流程：" + problem));
        }
        return p;
    }

    /** Checks that hold even for a draft being saved: numbers in range, sources named, field keys well-formed. */
    public static List<String> formatProblems(ServiceGuide g) {
        List<String> p = new ArrayList<>();
        days(g, p);
        for (int i = 0; i < g.materials().size(); i++) {
            sourceProblem(g.materials().get(i), i, p);
        }
        formKeys(g, p);
        return p;
    }

    private static void materials(ServiceGuide g, List<String> p) {
        if (g.materials() == null) {
            return;
        }
        for (int i = 0; i < g.materials().size(); i++) {
            Material m = g.materials().get(i);
            if (m.name() == null || m.name().isBlank()) {
                p.add("申请材料第 " + (i + 1) + " 项缺少名称");
            }
            if (m.copies() < 0 || m.copies() > 20) {
                p.add("申请材料“" + m.name() + "”的份数应为 0–20");
            }
            if (!m.required() && (m.condition() == null || m.condition().isBlank())) {
                p.add("申请材料“" + m.name() + "”为非必需材料，须说明在什么情形下提交");
            }
            sourceProblem(m, i, p);
        }
    }

    private static void sourceProblem(Material m, int i, List<String> p) {
        String name = "申请材料第 " + (i + 1) + " 项“" + m.name() + "”";
        if (m.source() == null) {
            p.add(name + "未说明来源（申请人提交、电子证照、部门共享或免提交）");
        } else if ((m.source() == Material.Source.E_LICENSE || m.source() == Material.Source.SHARED_DATA)
                && (m.sourceRef() == null || m.sourceRef().isBlank())) {
            p.add(name + "来源为" + m.source().label() + "，须写明"
                    + (m.source() == Material.Source.E_LICENSE ? "证照类型" : "提供数据的部门"));
        }
    }

    private static void days(ServiceGuide g, List<String> p) {
        if (g.statutoryDays() < 1 || g.statutoryDays() > MAX_DAYS) {
            p.add("法定办结时限应为 1–" + MAX_DAYS + " 个工作日，当前为 " + g.statutoryDays());
        }
        if (g.promisedDays() < 0 || g.promisedDays() > g.statutoryDays()) {
            p.add("承诺办结时限应为 0（即办）到法定时限之间的工作日数，当前为 " + g.promisedDays());
        }
    }

    private static void form(ServiceGuide g, List<String> p) {
        if (g.form() == null || g.form().isEmpty()) {
            p.add("缺少申请表字段（一表）");
            return;
        }
        formKeys(g, p);
    }

    private static void formKeys(ServiceGuide g, List<String> p) {
        Set<String> keys = new HashSet<>();
        for (FormField f : g.form()) {
            if (f.key() == null || !FIELD_KEY.matcher(f.key()).matches()) {
                p.add("申请表字段“" + f.label() + "”的标识应为字母开头的英文字母、数字或下划线");
            } else if (!keys.add(f.key())) {
                p.add("申请表字段标识 " + f.key() + " 重复");
            }
            if (f.label() == null || f.label().isBlank()) {
                p.add("申请表字段 " + f.key() + " 缺少标签");
            }
            if (f.type() == FormField.Type.SELECT && (f.options() == null || f.options().isEmpty())) {
                p.add("申请表字段“" + f.label() + "”为选择项，须列出选项");
            }
            if (f.validation() != null && !f.validation().isBlank()) {
                try {
                    Pattern.compile(f.validation());
                } catch (PatternSyntaxException e) {
                    p.add("申请表字段“" + f.label() + "”的校验规则不是有效的正则表达式");
                }
            }
        }
    }

    /** Flags are promises to the public: each must be true of the item. */
    private static void flags(ServiceGuide g, ProcessModelCheck process, List<String> p) {
        if (g.has(ServiceFlag.ZERO_MATERIAL) && g.materials().stream().anyMatch(m -> m.source() == Material.Source.APPLICANT)) {
            p.add("标注为“零材料办”，但仍有须由申请人提交的材料");
        }
        if (g.has(ServiceFlag.INSTANT_APPROVAL) && process != null && process.valid() && !process.ruleDecision()) {
            p.add("标注为“秒批秒办”，但办理流程没有按规则自动决定的环节（${autoApproved} 条件）");
        }
        if (g.has(ServiceFlag.IMMEDIATE) && g.promisedDays() != 0) {
            p.add("标注为“即办件”，承诺时限应为 0 个工作日");
        }
        if (g.has(ServiceFlag.ONE_LICENSE) && g.materials().stream()
                .noneMatch(m -> m.source() == Material.Source.E_LICENSE)) {
            p.add("标注为“一证一照办”，但没有以电子证照提供的材料");
        }
    }

    private static void require(List<String> p, String value, String label) {
        if (value == null || value.isBlank()) {
            p.add("缺少" + label);
        }
    }
}
