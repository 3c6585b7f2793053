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
     * @param findings       the 智能预审 of the submitted case, as it was (not assumed): any finding — a licence not
     *                       found, a shared record that could not be fetched — needs a person's eyes
     * @param licenses       the applicant's usable licences the materials rest on (the evidence of the decision)
     * @param recentRefusals the applicant's 不予受理/不予许可 decisions in the last 365 days
     */
    public static List<Result> evaluate(ServiceGuide guide, List<PreCheck.Finding> findings,
            java.util.Map<Integer, io.onewindow.casework.HeldLicenses.HeldLicense> licenses,
            java.util.Map<Integer, io.onewindow.casework.SharedMaterials.Fetch> shared, int recentRefusals) {
        List<Material> handIn = guide.materials().stream()
                .filter(m -> m.required() && m.source() == Material.Source.APPLICANT).toList();
        List<String> missingLicences = new java.util.ArrayList<>();
        List<String> evidence = new java.util.ArrayList<>();
        for (int i = 0; i < guide.materials().size(); i++) {
            Material m = guide.materials().get(i);
            if (m.required() && m.source() == Material.Source.E_LICENSE) {
                var held = licenses.get(i);
                if (held == null || !held.usable()) {
                    missingLicences.add("电子证照 " + String.join("或", m.licenseTypes()) + (held == null ? "（未找到）" : "（" + held.state() + "）"));
                } else {
                    evidence.add("电子证照 " + held.typeName() + " " + held.number());
                }
            }
            if (m.required() && m.source() == Material.Source.SHARED_DATA) {
                var fetched = shared.get(i);
                if (fetched == null || !fetched.found()) {
                    missingLicences.add("部门共享 " + m.name() + (fetched == null ? "（未获取）" : "（" + fetched.reason() + "）"));
                } else {
                    evidence.add("部门共享 " + m.name() + "（" + fetched.provider() + " 查询 #" + fetched.queryId() + "）");
                }
            }
        }
        boolean clean = findings.isEmpty();
        boolean sourced = handIn.isEmpty() && missingLicences.isEmpty();
        return List.of(
                new Result("申请表和材料通过智能预审", clean, clean ? "预审无阻断项、无待核验项"
                        : "预审提示：" + findings.stream().map(PreCheck.Finding::message).collect(java.util.stream.Collectors.joining("；"))),
                new Result("所需材料均由电子证照、部门共享获取或免提交", sourced, sourced
                        ? "无需人工核验纸质或扫描材料" + (evidence.isEmpty() ? "" : "；依据：" + String.join("、", evidence))
                        : "需人工核验：" + String.join("、", java.util.stream.Stream.concat(handIn.stream().map(Material::name),
                                missingLicences.stream()).toList())),
                new Result("申请人近一年无不予受理或不予许可记录", recentRefusals == 0,
                        recentRefusals == 0 ? "无此类记录" : "近一年有 " + recentRefusals + " 次"));
    }

    public static boolean allPassed(List<Result> results) {
        return results.stream().allMatch(Result::passed);
    }
}
