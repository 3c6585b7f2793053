package io.onewindow.catalog;

import java.util.List;
import java.util.Set;

/**
 * The content of one version of a service item: the standard 办事指南 elements. Conditions and materials are
 * the 一单, {@code form} the 一表; the 一图 is drawn from the version's BPMN process.
 *
 * @param statutoryDays 法定办结时限 in working days
 * @param promisedDays 承诺办结时限 in working days (0 = 即办)
 * @param resultLicenseType the licence type issued as the result, e.g. 食品经营许可证, or {@code null}
 * @param visits 到现场次数
 * @param processShape how the BPMN was made, for information (INSTANT, SIMPLE, MULTI_STEP, JOINT_REVIEW, CUSTOM)
 */
public record ServiceGuide(String name, ItemType type, String departmentId, String regionId, Audience audience,
        List<String> lifeEvents, List<String> keywords, String legalBasis, List<String> conditions,
        List<Material> materials, int statutoryDays, int promisedDays, String fees, String result,
        String resultLicenseType, String location, String hours, String enquiryPhone, String complaintPhone,
        String validity, String supervisor, int visits, List<Faq> faq, Set<ServiceFlag> flags, List<FormField> form,
        String processShape) {

    /** A new, empty draft. */
    public static ServiceGuide blank(String name, ItemType type, String departmentId, String regionId, Audience audience) {
        return new ServiceGuide(name, type, departmentId, regionId, audience, List.of(), List.of(), "", List.of(),
                List.of(), 20, 20, "不收费", "", null, "", "", "", "12345", "", "", 1, List.of(), Set.of(), List.of(),
                "CUSTOM");
    }

    public boolean has(ServiceFlag flag) {
        return flags != null && flags.contains(flag);
    }
}
