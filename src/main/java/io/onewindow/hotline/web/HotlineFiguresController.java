package io.onewindow.hotline.web;

import io.onewindow.hotline.internal.HotlineFigures;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 热线考核: the month's figures per unit, on a page and as the monthly Excel report. */
@Controller
@PreAuthorize("hasAnyRole('HOTLINE_AGENT','SUPERVISOR','SYS_ADMIN')")
class HotlineFiguresController {

    private final HotlineFigures figures;
    private final io.onewindow.organization.Organization organization;

    HotlineFiguresController(HotlineFigures figures, io.onewindow.organization.Organization organization) {
        this.figures = figures;
        this.organization = organization;
    }

    /** 热点: where and about what people call, last 30 days; a table and a stacked bar chart. */
    @GetMapping("/hotline/hotspots")
    String hotSpots(Model model) {
        var spots = figures.hotSpots(30);
        var regions = spots.stream().map(HotlineFigures.HotSpot::regionId).distinct().toList();
        var categories = spots.stream().map(HotlineFigures.HotSpot::category).distinct().toList();
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        regions.forEach(r -> names.put(r, organization.region(r).map(x -> x.name()).orElse(r)));
        model.addAttribute("spots", spots);
        model.addAttribute("regionNames", names);
        model.addAttribute("chartRegions", String.join("|", names.values()));
        model.addAttribute("chartCategories", String.join("|", categories));
        // one series per category: counts per region, "|"-separated, series separated by ";"
        model.addAttribute("chartSeries", String.join(";", categories.stream().map(c -> String.join("|", regions.stream()
                .map(r -> String.valueOf(spots.stream().filter(s -> s.regionId().equals(r) && s.category().equals(c))
                        .mapToLong(HotlineFigures.HotSpot::orders).sum())).toList())).toList()));
        return "hotline/hotspots";
    }

    @GetMapping("/hotline/figures")
    String page(@RequestParam(required = false) String month, Model model) {
        model.addAttribute("m", figures.of(Months.parse(month)));
        return "hotline/figures";
    }

    @GetMapping("/hotline/figures.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam(required = false) String month) {
        YearMonth m = Months.parse(month);
        return ResponseEntity.ok()
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("12345热线月报-" + m + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(figures.workbook(m));
    }
}
