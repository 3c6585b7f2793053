package io.onewindow.bundle.web;

import io.onewindow.bundle.internal.BundleFigures;
import io.onewindow.bundle.internal.BundleGuide;
import io.onewindow.bundle.internal.BundleGuides;
import io.onewindow.organization.Organization;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 一件事一次办 guides: public, like the items' guides. */
@Controller
@PreAuthorize("permitAll()")
class BundleController {

    private final BundleGuides guides;
    private final Organization organization;
    private final BundleFigures figures;

    BundleController(BundleGuides guides, Organization organization, BundleFigures figures) {
        this.figures = figures;
        this.guides = guides;
        this.organization = organization;
    }

    @GetMapping("/bundles")
    String list(Model model) {
        List<BundleGuide> all = guides.all();
        model.addAttribute("bundles", all);
        Map<String, BundleFigures.Figures> byCode = new HashMap<>();
        figures.of(all).forEach(f -> byCode.put(f.code(), f));
        model.addAttribute("figures", byCode);
        return "bundle/list";
    }

    @GetMapping("/bundles/{code}")
    String guide(@PathVariable String code, Model model) {
        BundleGuide guide = guides.of(code).orElseThrow(() -> new OneWindowException(PlatformErrorCode.NOT_FOUND,
                "没有这个“一件事”，或其中的事项已停止办理"));
        Map<String, String> departments = new HashMap<>();
        guide.members().values().forEach(g -> departments.computeIfAbsent(g.departmentId(), organization::departmentName));
        model.addAttribute("guide", guide);
        var user = io.onewindow.identity.CurrentUsers.current();
        model.addAttribute("applicant", user.map(u -> u.has(io.onewindow.identity.Role.APPLICANT)).orElse(false));
        model.addAttribute("clerk", user.map(u -> u.has(io.onewindow.identity.Role.WINDOW_CLERK)).orElse(false));
        model.addAttribute("departments", departments);
        return "bundle/guide";
    }
}
