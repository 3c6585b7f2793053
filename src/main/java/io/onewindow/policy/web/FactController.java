package io.onewindow.policy.web;

import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.Spreadsheets;
import io.onewindow.policy.PolicyErrorCode;
import io.onewindow.policy.internal.FactImports;
import io.onewindow.policy.internal.FactUpdates;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 企业事实: departments import their figures (file with a progress bar) or update them through the API. */
@Controller
@PreAuthorize("hasAnyRole('DEPT_ADMIN','SYS_ADMIN')")
class FactController {

    private final FactImports imports;
    private final FactUpdates updates;

    FactController(FactImports imports, FactUpdates updates) {
        this.imports = imports;
        this.updates = updates;
    }

    @GetMapping("/admin/policies/facts")
    String page(Model model) {
        model.addAttribute("jobs", imports.recent());
        return "policy/facts";
    }

    @PostMapping("/admin/policies/facts")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            String name = file == null || file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
            return "redirect:/admin/policies/facts/" + imports.start(name, Spreadsheets.read(file));
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            return "redirect:/admin/policies/facts";
        }
    }

    @GetMapping("/admin/policies/facts/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", job(id));
        return "policy/fact-job";
    }

    /** htmx: the progress fragment, polled every second while the job runs. */
    @GetMapping("/admin/policies/facts/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", job(id));
        return "policy/fact-progress";
    }

    private FactImports.Job job(UUID id) {
        return imports.job(id).orElseThrow(() -> new OneWindowException(PolicyErrorCode.POLICY_NOT_FOUND, "导入任务不存在"));
    }

    /** {@code GET /api/v1/enterprises/{creditCode}/facts}: every fact the rules read, with source and as-of date. */
    @GetMapping("/api/v1/enterprises/{creditCode}/facts")
    @ResponseBody
    ResponseEntity<java.util.List<Map<String, Object>>> get(@PathVariable String creditCode) {
        return ResponseEntity.ok(updates.sources(creditCode).stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fact", f.fact().name());
            m.put("label", f.fact().label());
            m.put("value", f.value());
            m.put("source", f.source());
            m.put("asOf", String.valueOf(f.asOf()));
            return m;
        }).toList());
    }

    /** Body to update an enterprise's facts through the API. */
    record FactUpdate(String asOf, Map<String, Object> facts) {
    }

    /**
     * {@code PUT /api/v1/enterprises/{creditCode}/facts} with {@code {"asOf":"2026-06-30","facts":{"EMPLOYEES":"25"}}}
     * (fact names or Chinese labels); the enterprise is re-matched at once.
     */
    @PutMapping("/api/v1/enterprises/{creditCode}/facts")
    @ResponseBody
    ResponseEntity<Map<String, Object>> put(@PathVariable String creditCode, @RequestBody FactUpdate body) {
        Map<String, String> values = new LinkedHashMap<>();
        if (body.facts() != null) {
            body.facts().forEach((k, v) -> values.put(k, v == null ? null : String.valueOf(v)));
        }
        int changed = updates.put(creditCode, body.asOf(), values);
        return ResponseEntity.ok(Map.of("creditCode", creditCode, "updated", values.size(), "matchesChanged", changed));
    }
}
