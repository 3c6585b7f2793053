package io.onewindow.reform.web;

import io.onewindow.platform.Flash;
import io.onewindow.reform.internal.Claims;
import io.onewindow.reform.internal.Notices;
import io.onewindow.reform.internal.PlanLoading;
import io.onewindow.reform.internal.Progress;
import io.onewindow.reform.internal.ReformExports;
import io.onewindow.reform.internal.WorkPlanRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/** The city office's 督办 desk: load the plan, see every measure, confirm claims, assign, issue 督办单, export. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'SYS_ADMIN')")
class ReformOfficeController {

    private final PlanLoading plans;
    private final WorkPlanRepository repository;
    private final Progress progress;
    private final Claims claims;
    private final Notices notices;
    private final ReformExports exports;

    ReformOfficeController(PlanLoading plans, WorkPlanRepository repository, Progress progress, Claims claims, Notices notices,
            ReformExports exports) {
        this.plans = plans;
        this.repository = repository;
        this.progress = progress;
        this.claims = claims;
        this.notices = notices;
        this.exports = exports;
    }

    @GetMapping("/reform")
    String plans(Model model) {
        model.addAttribute("plans", repository.published());
        return "reform/plans";
    }

    @PostMapping("/reform/plans")
    String load(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        return loaded(redirect, () -> plans.load(bytes));
    }

    @PostMapping("/reform/plans/demo")
    String loadDemo(RedirectAttributes redirect) {
        return loaded(redirect, plans::loadDemo);
    }

    private String loaded(RedirectAttributes redirect, java.util.function.Supplier<PlanLoading.Loaded> load) {
        PlanLoading.Loaded[] result = new PlanLoading.Loaded[1];
        Flash.run(redirect, () -> {
            result[0] = load.get();
            return result[0].changed() ? "已载入“" + result[0].code() + "”第 " + result[0].version() + " 版，共 "
                    + result[0].measures() + " 项举措" : "计划文件与第 " + result[0].version() + " 版相同，未产生新版本";
        });
        return result[0] == null ? "redirect:/reform" : "redirect:/reform/" + result[0].code();
    }

    @GetMapping("/reform/{code}")
    String dashboard(@PathVariable String code, Model model) {
        var view = progress.view(code);
        model.addAttribute("view", view);
        model.addAttribute("versions", repository.versions(code));
        // the numbered targets with a figure, as a share of their target (AT_MOST: target over figure)
        var numbered = view.measures().stream().flatMap(m -> m.targets().stream().filter(t -> t.targetValue() != null
                && t.value() != null && t.targetValue().signum() > 0).map(t -> java.util.Map.entry(m.measure().key() + " "
                + t.label(), t))).toList();
        model.addAttribute("chartLabels", String.join("|", numbered.stream().map(java.util.Map.Entry::getKey).toList()));
        model.addAttribute("chartPercents", String.join("|", numbered.stream().map(e -> {
            var t = e.getValue();
            double share = t.direction().equals("AT_MOST") ? t.targetValue().doubleValue() / Math.max(t.value().doubleValue(), 1e-9)
                    : t.value().doubleValue() / t.targetValue().doubleValue();
            return String.valueOf(Math.round(share * 1000) / 10.0);
        }).toList()));
        return "reform/dashboard";
    }

    @PostMapping("/reform/{code}/public")
    String setPublic(@PathVariable String code, @RequestParam(defaultValue = "false") boolean publish,
            RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            plans.setPublic(code, publish);
            return publish ? "已向社会公开计划进展" : "已停止公开";
        });
        return "redirect:/reform/" + code;
    }

    @PostMapping("/reform/{code}/measures/{key}/assign")
    String assign(@PathVariable String code, @PathVariable String key, @RequestParam(required = false) String unit,
            RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            claims.assign(code, key, unit);
            return "已交办";
        });
        return MeasureLinks.measure(code, key);
    }

    @PostMapping("/reform/{code}/measures/{key}/confirm")
    String confirm(@PathVariable String code, @PathVariable String key, @RequestParam(required = false) String unit,
            RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            claims.confirm(code, key, unit);
            return "已确认认领";
        });
        return MeasureLinks.measure(code, key);
    }

    @PostMapping("/reform/{code}/measures/{key}/notices")
    String issue(@PathVariable String code, @PathVariable String key, @RequestParam(required = false) Integer milestone,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        Flash.run(redirect, () -> "已发出督办单 " + notices.issue(code, key, milestone, note).number());
        return MeasureLinks.measure(code, key);
    }

    @GetMapping("/reform/{code}/export.xlsx")
    ResponseEntity<byte[]> excel(@PathVariable String code) {
        return download(exports.workbook(progress.view(code)), code + "-督办.xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/reform/{code}/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        return download(exports.pdf(progress.view(code)), code + "-督办.pdf", MediaType.APPLICATION_PDF);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(body);
    }
}
