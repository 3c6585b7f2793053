package io.onewindow.identity.web;

import io.onewindow.identity.IdentityErrorCode;
import io.onewindow.identity.internal.OrganizationImport;
import io.onewindow.identity.internal.OrganizationImportTemplate;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.Spreadsheets;
import java.io.IOException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 组织机构和人员导入: the template (today's organisation), the upload, and the job page with its progress bar. */
@Controller
@RequestMapping("/admin/organization/import")
@PreAuthorize("hasRole('SYS_ADMIN')")
class OrganizationImportController {

    private final OrganizationImport imports;
    private final OrganizationImportTemplate template;

    OrganizationImportController(OrganizationImport imports, OrganizationImportTemplate template) {
        this.imports = imports;
        this.template = template;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("jobs", imports.recent());
        return "identity/org-import";
    }

    /** The template filled with today's organisation: edit it and upload it again. */
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("组织机构和人员导入表.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(template.workbook());
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            String name = file == null || file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
            return "redirect:/admin/organization/import/" + imports.start(name, Spreadsheets.tables(file));
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            return "redirect:/admin/organization/import";
        }
    }

    @GetMapping("/{id}")
    String job(@PathVariable UUID id, Model model) {
        addJob(id, model);
        return "identity/org-import-job";
    }

    /** htmx: the progress fragment, polled every second while the job runs. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        addJob(id, model);
        return "identity/org-import-progress :: progress";
    }

    /** The job, and the initial passwords the platform generated — shown to their importer once, then erased. */
    private void addJob(UUID id, Model model) {
        OrganizationImport.Job job = imports.job(id).orElseThrow(() -> new OneWindowException(
                IdentityErrorCode.IDENTITY_ACCOUNT_NOT_FOUND, "导入任务不存在"));
        model.addAttribute("job", job);
        model.addAttribute("passwords", job.hasPasswords() && !job.running() ? imports.takePasswords(id) : java.util.Map.of());
    }
}
