package io.onewindow.catalog.web;

import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.Material;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.Organization;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts one item version on a page: the same model for the public guide, the window and the review screens. */
@Component
class GuideView {

    private final Catalog catalog;
    private final Organization organization;

    GuideView(Catalog catalog, Organization organization) {
        this.catalog = catalog;
        this.organization = organization;
    }

    void addTo(Model model, ItemVersion version) {
        model.addAttribute("item", version);
        model.addAttribute("guide", version.guide());
        model.addAttribute("department", organization.department(new DepartmentId(version.guide().departmentId()))
                .map(d -> d.name()).orElse(version.guide().departmentId()));
        model.addAttribute("region", organization.region(version.guide().regionId()).map(r -> r.name()).orElse(""));
        model.addAttribute("flowchart", version.bpmnXml() == null ? null : catalog.flowchartSvg(version));
        model.addAttribute("handIn", version.guide().materials().stream()
                .filter(m -> m.source() == Material.Source.APPLICANT).count());
    }
}
