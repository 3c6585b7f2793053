package io.onewindow.catalog.internal;

import io.onewindow.catalog.Audience;
import io.onewindow.catalog.CatalogErrorCode;
import io.onewindow.catalog.ServiceFlag;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.platform.OneWindowException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A guide as people type it (the 编辑事项 form, an imported spreadsheet row): plain fields plus the line-format
 * lists of {@link GuideLines}. {@link #toGuide} turns it into a {@link ServiceGuide} or lists every problem.
 */
public record GuideForm(String name, Audience audience, List<String> lifeEvents, String keywords, String legalBasis,
        String conditions, String materials, String statutoryDays, String promisedDays, String fees, String result,
        String resultLicenseType, String location, String hours, String enquiryPhone, String complaintPhone,
        String validity, String supervisor, String visits, String faq, List<ServiceFlag> flags, String form,
        String bpmnXml, String standardProcess) implements java.io.Serializable { // kept in the session across a redirect

    public static GuideForm of(ServiceGuide g, String bpmnXml) {
        return new GuideForm(g.name(), g.audience(), g.lifeEvents(), String.join("，", g.keywords()), g.legalBasis(),
                String.join("\n", g.conditions()), GuideLines.formatMaterials(g.materials()),
                String.valueOf(g.statutoryDays()), String.valueOf(g.promisedDays()), g.fees(), g.result(),
                g.resultLicenseType(), g.location(), g.hours(), g.enquiryPhone(), g.complaintPhone(), g.validity(),
                g.supervisor(), String.valueOf(g.visits()), GuideLines.formatFaq(g.faq()),
                new ArrayList<>(g.flags()), GuideLines.formatForm(g.form()), bpmnXml, "");
    }

    /** Builds the guide, or fails listing every line that could not be read. */
    public ServiceGuide toGuide(ServiceGuide base) {
        List<String> errors = new ArrayList<>();
        var materialLines = GuideLines.materials(materials);
        var formLines = GuideLines.form(form);
        var faqLines = GuideLines.faq(faq);
        errors.addAll(materialLines.errors());
        errors.addAll(formLines.errors());
        errors.addAll(faqLines.errors());
        int statutory = number(statutoryDays, "法定办结时限", errors);
        int promised = number(promisedDays, "承诺办结时限", errors);
        int visitCount = number(visits, "到现场次数", errors);
        if (name == null || name.isBlank() || name.length() > 100) {
            errors.add("事项名称不能为空，且不超过 100 个字");
        }
        if (!errors.isEmpty()) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_INVALID_INPUT, String.join("；", errors));
        }
        return new ServiceGuide(name.strip(), base.type(), base.departmentId(), base.regionId(), audience,
                lifeEvents == null ? List.of() : lifeEvents, GuideLines.words(keywords), strip(legalBasis),
                GuideLines.list(conditions), materialLines.values(), statutory, promised, strip(fees), strip(result),
                blankToNull(resultLicenseType), strip(location), strip(hours), strip(enquiryPhone), strip(complaintPhone),
                strip(validity), strip(supervisor), visitCount, faqLines.values(),
                flags == null || flags.isEmpty() ? EnumSet.noneOf(ServiceFlag.class) : EnumSet.copyOf(flags),
                formLines.values(), standardProcess == null || standardProcess.isBlank() ? base.processShape() : standardProcess);
    }

    private static int number(String text, String label, List<String> errors) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            errors.add(label + "应为整数个工作日（或次数），收到“" + text + "”");
            return 0;
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
