package io.onewindow.reform.web;

import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.organization.Organization;
import io.onewindow.platform.Flash;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import io.onewindow.reform.internal.LiveFigures;
import io.onewindow.reform.internal.Progress;
import io.onewindow.reform.internal.Reports;
import io.onewindow.reform.internal.WorkRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A measure's page, for the office and for the units: its milestones, targets, claims, reports and 督办单. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'SYS_ADMIN', 'DEPT_ADMIN')")
class ReformMeasureController {

    private final Progress progress;
    private final Reports reports;
    private final LiveFigures figures;
    private final Organization organization;
    private final WorkRepository work;

    ReformMeasureController(Progress progress, Reports reports, LiveFigures figures, Organization organization,
            WorkRepository work) {
        this.work = work;
        this.progress = progress;
        this.reports = reports;
        this.figures = figures;
        this.organization = organization;
    }

    @GetMapping("/reform/{code}/measures/{key}")
    String measure(@PathVariable String code, @PathVariable String key, Model model) {
        var view = progress.view(code);
        var m = view.measure(key);
        if (m == null) {
            throw new OneWindowException(PlatformErrorCode.NOT_FOUND, "计划中没有举措 " + key);
        }
        var user = CurrentUsers.current().orElseThrow();
        model.addAttribute("view", view);
        model.addAttribute("m", m);
        model.addAttribute("office", user.has(Role.SUPERVISOR) || user.has(Role.SYS_ADMIN));
        model.addAttribute("unit", user.has(Role.DEPT_ADMIN) ? user.departmentId() : null);
        model.addAttribute("unitClaimed", user.departmentId() != null && m.claimedBy(user.departmentId()));
        model.addAttribute("departments", organization.departments("511100"));
        Map<String, List<Map.Entry<java.time.LocalDate, java.math.BigDecimal>>> trends = new HashMap<>();
        m.targets().stream().filter(t -> t.measured()).forEach(t -> trends.put(t.figureKey(), figures.trend(t.figureKey(), 365)));
        model.addAttribute("trends", trends);
        model.addAttribute("thisMonth", java.time.YearMonth.from(view.today()).toString());
        var reportsOf = work.reports(code).stream().filter(r -> r.measureKey().equals(key)).toList();
        model.addAttribute("reports", reportsOf);
        Map<String, String> names = new HashMap<>();
        m.claims().forEach(c -> names.put(c.unitId(), progress.unitName(c.unitId())));
        m.notices().forEach(n -> names.put(n.unitId(), progress.unitName(n.unitId())));
        reportsOf.forEach(r -> names.put(r.unitId(), progress.unitName(r.unitId())));
        model.addAttribute("names", names);
        return "reform/measure";
    }

    @PostMapping("/reform/{code}/measures/{key}/reports")
    String report(@PathVariable String code, @PathVariable String key, @RequestParam Map<String, String> form,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        Map<Integer, String> values = new HashMap<>();
        Set<Integer> done = new HashSet<>();
        form.forEach((k, v) -> {
            if (k.matches("target\\.\\d{1,3}")) {
                values.put(Integer.valueOf(k.substring("target.".length())), v);
            }
            if (k.matches("milestone\\.\\d{1,3}")) {
                done.add(Integer.valueOf(k.substring("milestone.".length())));
            }
        });
        Integer percent = form.getOrDefault("percent", "").matches("\\d{1,3}") ? Integer.valueOf(form.get("percent")) : null;
        byte[] bytes = file == null || file.isEmpty() ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        Flash.run(redirect, () -> {
            reports.report(code, key, new Reports.NewReport(form.get("period"), form.get("status"), percent,
                    form.get("narrative"), values, done, name, bytes));
            return "已报送 " + form.get("period") + " 的进展";
        });
        return MeasureLinks.measure(code, key);
    }

    @GetMapping("/reform/{code}/reports/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable UUID id) {
        var f = reports.file(code, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.type()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(f.content());
    }
}
