package io.onewindow.casework.internal;

import io.onewindow.catalog.Material;
import io.onewindow.catalog.ServiceGuide;
import java.util.List;

/**
 * 秒批秒办 decision rules, each a named pure check with a reason a person can read. A case is decided automatically
 * only when every rule passes; otherwise it goes to a person with the failed rules shown.
 */
public final class InstantRules {

    /** One rule's result. */
    public record Result(String rule, boolean passed, String detail) {
    }

    private InstantRules() {
    }

    /**
     * @param preCheckPassed the application passed 智能预审
     * @param recentRefusals the applicant's 不予受理/不予许可 decisions in the last 365 days
     */
    public static List<Result> evaluate(ServiceGuide guide, boolean preCheckPassed, int recentRefusals) {
        List<Material> handIn = guide.materials().stream()
                .filter(m -> m.required() && m.source() == Material.Source.APPLICANT).toList();
        return List.of(
                new Result("申请表和材料通过智能预审", preCheckPassed, preCheckPassed ? "预审无阻断项" : "预审未通过"),
                new Result("所需材料均由电子证照、部门共享获取或免提交", handIn.isEmpty(), handIn.isEmpty()
                        ? "无需人工核验纸质或扫描材料"
                        : "需人工核验：" + String.join("、", handIn.stream().map(Material::name).toList())),
                new Result("申请人近一年无不予受理或不予许可记录", recentRefusals == 0,
                        recentRefusals == 0 ? "无此类记录" : "近一年有 " + recentRefusals + " 次"));
    }

    public static boolean allPassed(List<Result> results) {
        return results.stream().allMatch(Result::passed);
    }
}
