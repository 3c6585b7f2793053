package io.onewindow.casework.web;

import io.onewindow.casework.internal.AcceptanceDecisions;
import io.onewindow.casework.internal.Applications;
import io.onewindow.casework.internal.CaseAccess;
import io.onewindow.casework.internal.CaseNotices;
import io.onewindow.casework.internal.CaseRecord;
import io.onewindow.casework.internal.Delivery;
import io.onewindow.casework.internal.FileStore;
import io.onewindow.casework.internal.MaterialRepository;
import io.onewindow.casework.internal.Materials;
import io.onewindow.catalog.Catalog;
import io.onewindow.platform.Flash;
import io.onewindow.platform.OneWindowException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

/**
 * One case page for everyone who may see it: the applicant (or the clerk acting for them) fills, uploads and
 * submits; the competent department decides; everyone sees the timeline, the clock and the notices.
 * Data-level access is checked on every request by {@link CaseAccess} (anyone else gets 404).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class CaseController {

    private final io.onewindow.casework.internal.Reissues reissues;
    private final CaseView view;
    private final Applications applications;
    private final Materials uploads;
    private final io.onewindow.casework.internal.MaterialReuse reuse;
    private final AcceptanceDecisions decisions;
    private final CaseAccess access;
    private final MaterialRepository materials;
    private final FileStore files;
    private final CaseNotices notices;
    private final Catalog catalog;
    private final Delivery delivery;

    CaseController(CaseView view, Applications applications, Materials uploads, AcceptanceDecisions decisions, CaseAccess access,
            MaterialRepository materials, FileStore files, CaseNotices notices, Catalog catalog, Delivery delivery,
            io.onewindow.casework.internal.Reissues reissues, io.onewindow.casework.internal.MaterialReuse reuse) {
        this.reuse = reuse;
        this.reissues = reissues;
        this.view = view;
        this.applications = applications;
        this.uploads = uploads;
        this.decisions = decisions;
        this.access = access;
        this.materials = materials;
        this.files = files;
        this.notices = notices;
        this.catalog = catalog;
        this.delivery = delivery;
    }

    /** 在线申请: a page to confirm; opening a link changes nothing (the draft is created by the POST below). */
    @GetMapping("/apply/{itemCode}")
    @PreAuthorize("hasRole('APPLICANT')")
    String confirmApply(@PathVariable String itemCode, @RequestParam(name = "for", required = false) String principal,
            Model model) {
        var item = catalog.published(itemCode).orElseThrow(CaseAccess::notFound);
        model.addAttribute("item", item);
        model.addAttribute("principal", principal == null || principal.isBlank() ? null : principal.strip());
        // 设立登记 by a person: the 营业执照 goes to the new 市场主体, whose credit code the registration assigns
        model.addAttribute("establishes", "营业执照".equals(item.guide().resultLicenseType()) && io.onewindow.identity.CurrentUsers.current()
                .map(u -> u.kind() == io.onewindow.identity.AccountKind.CITIZEN).orElse(false));
        model.addAttribute("held", principal == null || principal.isBlank() ? reissues.heldResult(itemCode).orElse(null) : null);
        return "casework/apply";
    }

    @PostMapping("/apply/{itemCode}")
    @PreAuthorize("hasRole('APPLICANT')")
    String apply(@PathVariable String itemCode, @RequestParam(name = "for", required = false) String principal,
            @RequestParam(required = false) String reissue, RedirectAttributes redirect) {
        try {
            return "redirect:/cases/" + applications.startOnline(itemCode, principal, reissue);
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            return "redirect:/apply/" + itemCode;
        }
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable UUID id, Model model) {
        view.addTo(model, id);
        return "casework/case";
    }

    /** Saves the form; with {@code action=submit} also submits (the idempotency key makes a double press harmless). */
    @PostMapping("/cases/{id}/form")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        try {
            applications.saveForm(id, formFields(params));
            if ("submit".equals(params.get("action"))) {
                applications.prepareSubmission(id);
                CaseRecord c = applications.submit(id, params.get("idempotencyKey"));
                redirect.addFlashAttribute("message", "已提交，办件编号 " + c.number());
            } else {
                redirect.addFlashAttribute("message", "已保存，可随时回来继续填写");
            }
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
        }
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/materials")
    String upload(@PathVariable UUID id, @RequestParam int index, @RequestParam MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        byte[] content = file.getBytes();
        Flash.run(redirect, () -> {
            uploads.upload(id, index, file.getOriginalFilename(), content);
            return "材料已上传";
        });
        return "redirect:/cases/" + id;
    }

    /** 电子材料智能匹配: the applicant chose to reuse a material from an earlier case. */
    @PostMapping("/cases/{id}/materials/reuse")
    String reuse(@PathVariable UUID id, @RequestParam int index, @RequestParam UUID from, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            reuse.reuse(id, index, from);
            return "已复用以前提交的材料";
        });
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/materials/{uploadId}/delete")
    String removeUpload(@PathVariable UUID id, @PathVariable UUID uploadId, RedirectAttributes redirect) {
        uploads.removeUpload(id, uploadId);
        redirect.addFlashAttribute("message", "材料已删除");
        return "redirect:/cases/" + id;
    }

    /** Served only to those who may see the case; the file key is never exposed. */
    @GetMapping("/cases/{id}/materials/{uploadId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID uploadId) {
        access.visible(id);
        var upload = materials.ofCase(id).stream().filter(u -> u.id().equals(uploadId)).findFirst()
                .orElseThrow(CaseAccess::notFound);
        byte[] content = files.get(upload.fileId()).orElseThrow(CaseAccess::notFound);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(upload.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(upload.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    @GetMapping("/cases/{id}/notices/{kind}.pdf")
    ResponseEntity<byte[]> notice(@PathVariable UUID id, @PathVariable String kind) {
        CaseRecord c = access.visible(id);
        CaseNotices.Kind k = Arrays.stream(CaseNotices.Kind.values()).filter(v -> v.name().equalsIgnoreCase(kind))
                .findFirst().orElseThrow(CaseAccess::notFound);
        var guide = catalog.version(c.itemCode(), c.itemVersion()).orElseThrow().guide();
        byte[] pdf = notices.render(k, c, guide, view.departmentName(c.departmentId()), decisions.clock(c).orElse(null));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(k.title() + "-" + c.number() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    @PostMapping("/cases/{id}/delivery/mail")
    String mail(@PathVariable UUID id, @RequestParam(required = false) String address, RedirectAttributes redirect) {
        return CaseActions.run(id, redirect, () -> delivery.chooseMail(id, address), "已选择邮寄送达");
    }

    @PostMapping("/cases/{id}/delivery/electronic")
    String electronic(@PathVariable UUID id, RedirectAttributes redirect) {
        return CaseActions.run(id, redirect, () -> delivery.electronic(id), "已电子送达");
    }

    @PostMapping("/cases/{id}/attachments")
    String attach(@PathVariable UUID id, @RequestParam MultipartFile file, RedirectAttributes redirect) throws IOException {
        byte[] content = file.getBytes();
        return CaseActions.run(id, redirect, () -> uploads.attach(id, file.getOriginalFilename(), content), "已添加审批附件");
    }

    @PostMapping("/cases/{id}/accept")
    String accept(@PathVariable UUID id, RedirectAttributes redirect) {
        return CaseActions.run(id, redirect, () -> decisions.accept(id), "已受理，法定时限开始计算");
    }

    @PostMapping("/cases/{id}/correction")
    String correction(@PathVariable UUID id, @RequestParam(required = false) List<String> items,
            @RequestParam(required = false) String other, RedirectAttributes redirect) {
        List<String> all = new java.util.ArrayList<>(items == null ? List.of() : items);
        if (other != null) {
            all.addAll(other.lines().toList());
        }
        return CaseActions.run(id, redirect, () -> decisions.requestCorrection(id, all), "已出具一次性告知书");
    }

    @PostMapping("/cases/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String basis, RedirectAttributes redirect) {
        return CaseActions.run(id, redirect, () -> decisions.reject(id, reason, basis), "已作出不予受理决定");
    }

    @PostMapping("/cases/{id}/pause")
    String pause(@PathVariable UUID id, @RequestParam String kind, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return CaseActions.run(id, redirect, () -> decisions.pause(id, kind, note), "已暂停计时");
    }

    @PostMapping("/cases/{id}/resume")
    String resume(@PathVariable UUID id, RedirectAttributes redirect) {
        return CaseActions.run(id, redirect, () -> decisions.resume(id), "已恢复计时");
    }

    private static Map<String, String> formFields(Map<String, String> params) {
        Map<String, String> form = new java.util.HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("f.")) {
                form.put(k.substring(2), v);
            }
        });
        return form;
    }
}
