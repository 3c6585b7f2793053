package io.onewindow.catalog.web;

import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogFigures;
import io.onewindow.catalog.MoreTargets;
import io.onewindow.catalog.ServiceFlag;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 目标完成情况: published items per flag against the plan's targets, public like the catalogue itself. */
@Controller
@PreAuthorize("permitAll()")
class TargetsController {

    private final Catalog catalog;
    private final List<MoreTargets> more;

    TargetsController(Catalog catalog, List<MoreTargets> more) {
        this.catalog = catalog;
        this.more = more;
    }

    @GetMapping("/services/targets")
    String targets(Model model) {
        CatalogFigures figures = catalog.figures();
        model.addAttribute("figures", figures);
        model.addAttribute("flags", ServiceFlag.values());
        model.addAttribute("more", more.stream().flatMap(m -> m.targets().stream()).toList());
        model.addAttribute("chartLabels", join(f -> f.label()));
        model.addAttribute("chartCounts", join(f -> String.valueOf(figures.byFlag().get(f))));
        model.addAttribute("chartTargets", join(f -> String.valueOf(f.target2023())));
        return "catalog/targets";
    }

    private static String join(Function<ServiceFlag, String> value) {
        return Arrays.stream(ServiceFlag.values()).map(value).collect(Collectors.joining("|"));
    }
}
