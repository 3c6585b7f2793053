package io.onewindow.inspection.web;

import io.onewindow.inspection.internal.TierReports;
import io.onewindow.platform.Flash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A department's administrator reports its own risk judgements of enterprises (CSV). */
@Controller
@PreAuthorize("hasRole('DEPT_ADMIN')")
class TierReportsController {

    private final TierReports reports;

    TierReportsController(TierReports reports) {
        this.reports = reports;
    }

    @GetMapping("/inspection/tiers")
    String page() {
        return "inspection/tiers";
    }

    @PostMapping("/inspection/tiers")
    String upload(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        String csv = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        Flash.run(redirect, () -> "已导入 " + reports.importCsv(csv) + " 户企业的信用等级，其分类已重新计算");
        return "redirect:/inspection/tiers";
    }
}
