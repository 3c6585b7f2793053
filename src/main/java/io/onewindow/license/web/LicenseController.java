package io.onewindow.license.web;

import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.license.License;
import io.onewindow.license.LicenseErrorCode;
import io.onewindow.license.Licenses;
import io.onewindow.license.VerificationResult;
import io.onewindow.license.internal.Consents;
import io.onewindow.license.internal.LicenseRepository;
import io.onewindow.license.internal.QrCodes;
import io.onewindow.license.internal.Revocation;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Flash;
import io.onewindow.platform.OneWindowException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的证照 (亮证), the public verification page, and the issuing department's list with 注销. */
@Controller
@PreAuthorize("isAuthenticated()")
class LicenseController {

    private final Licenses licenses;
    private final LicenseRepository repository;
    private final Revocation revocation;
    private final Consents consents;

    private final io.onewindow.license.internal.Wallets wallets;
    private final io.onewindow.license.internal.LicenseOfd licenseOfd;

    LicenseController(Licenses licenses, LicenseRepository repository, Revocation revocation, Consents consents,
            io.onewindow.license.internal.Wallets wallets, io.onewindow.license.internal.LicenseOfd licenseOfd) {
        this.licenseOfd = licenseOfd;
        this.wallets = wallets;
        this.licenses = licenses;
        this.repository = repository;
        this.revocation = revocation;
        this.consents = consents;
    }

    @GetMapping("/wallet")
    @PreAuthorize("hasRole('APPLICANT')")
    String wallet(Model model) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        var held = wallets.of(user);
        model.addAttribute("licenses", held);
        model.addAttribute("today", ChinaTime.today());
        java.util.Map<String, java.util.List<Consents.Consent>> shared = new java.util.HashMap<>();
        held.forEach(l -> shared.put(l.id(), consents.ofLicense(l.id())));
        model.addAttribute("consents", shared);
        model.addAttribute("now", ChinaTime.instant());
        return "license/wallet";
    }

    /** 授权他人查看: a link to this licence for a purpose and a number of days. */
    @PostMapping("/wallet/{id}/consents")
    @PreAuthorize("hasRole('APPLICANT')")
    String share(@PathVariable String id, @RequestParam(required = false) String purpose,
            @RequestParam(defaultValue = "7") int days, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            String token = consents.create(id, purpose, days);
            return "已生成授权链接：/shared/" + token + "（" + days + " 天内有效）";
        });
        return "redirect:/wallet";
    }

    @PostMapping("/wallet/consents/{token}/revoke")
    @PreAuthorize("hasRole('APPLICANT')")
    String unshare(@PathVariable String token, RedirectAttributes redirect) {
        consents.revoke(token);
        redirect.addFlashAttribute("message", "授权已撤销");
        return "redirect:/wallet";
    }

    /** What the third party sees: only that licence, only while the link is good; each view is recorded. */
    @GetMapping("/shared/{token}")
    @PreAuthorize("permitAll()")
    String shared(@PathVariable String token, @org.springframework.web.bind.annotation.RequestHeader(
            value = "User-Agent", required = false) String viewer, Model model) {
        License license = consents.open(token, viewer).orElseThrow(() -> new OneWindowException(
                LicenseErrorCode.LICENSE_NOT_FOUND, "授权链接不存在、已过期或已被持证人撤销"));
        model.addAttribute("license", license);
        model.addAttribute("result", licenses.verify(license.token()));
        return "license/shared";
    }

    /** The QR of one of the holder's own licences. */
    @GetMapping(value = "/wallet/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @PreAuthorize("hasRole('APPLICANT')")
    ResponseEntity<byte[]> qr(@PathVariable String id) {
        License license = own(id);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrCodes.png(license.token(), 360));
    }

    /** The licence as a sealed OFD file (GB/T 33190 with a GB/T 38540 电子印章). */
    @GetMapping("/wallet/{id}/licence.ofd")
    @PreAuthorize("hasRole('APPLICANT')")
    ResponseEntity<byte[]> ofd(@PathVariable String id) {
        License license = own(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ofd")).cacheControl(CacheControl.noStore())
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .attachment().filename(license.typeName() + "-" + license.number() + ".ofd", java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .body(licenseOfd.of(license));
    }

    /** 核验 an uploaded OFD licence: its seal, then the licence itself. */
    @PostMapping("/verify/ofd")
    @PreAuthorize("permitAll()")
    String verifyOfd(@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, Model model)
            throws java.io.IOException {
        model.addAttribute("result", file == null || file.isEmpty()
                ? VerificationResult.of(VerificationResult.Status.MALFORMED, "请选择要核验的 OFD 文件")
                : licenseOfd.verify(file.getBytes()));
        return "license/verify";
    }

    @GetMapping("/verify")
    @PreAuthorize("permitAll()")
    String verifyPage(@RequestParam(required = false) String token, Model model) {
        if (token != null && !token.isBlank()) {
            VerificationResult result = licenses.verify(token);
            model.addAttribute("result", result);
        }
        model.addAttribute("token", token);
        return "license/verify";
    }

    @GetMapping("/licenses/issued")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String issued(Model model) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        model.addAttribute("licenses", user.departmentId() == null ? java.util.List.of() : repository.ofIssuer(user.departmentId()));
        model.addAttribute("today", ChinaTime.today());
        return "license/issued";
    }

    @PostMapping("/licenses/{id}/revoke")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String revoke(@PathVariable String id, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            if (!confirmed) {
                throw new OneWindowException(LicenseErrorCode.LICENSE_INVALID_INPUT, "注销不能撤回，请勾选确认后再提交");
            }
            revocation.revoke(id, reason);
            return "已注销，所有核验即时显示“已注销”";
        });
        return "redirect:/licenses/issued";
    }

    /** 变更: the new data items as “项目=内容” lines. */
    @PostMapping("/licenses/{id}/change")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String change(@PathVariable String id, @RequestParam(required = false) String data, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            java.util.Map<String, String> items = new java.util.LinkedHashMap<>();
            for (String line : (data == null ? "" : data).split("\\R")) {
                if (!line.isBlank()) {
                    String[] kv = line.split("[=＝]", 2);
                    if (kv.length != 2 || kv[0].isBlank() || kv[0].length() > 50 || kv[1].length() > 500) {
                        throw new OneWindowException(LicenseErrorCode.LICENSE_INVALID_INPUT,
                                "照面信息每行应为“项目=内容”，项目不超过 50 字、内容不超过 500 字：" + line);
                    }
                    items.put(kv[0].strip(), kv[1].strip());
                }
            }
            revocation.change(id, items);
            return "已变更：签发新版本，原证照显示“已变更”";
        });
        return "redirect:/licenses/issued";
    }

    private License own(String id) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        return wallets.own(user, id).orElseThrow(() ->
                new OneWindowException(LicenseErrorCode.LICENSE_NOT_FOUND, "电子证照不存在"));
    }
}
