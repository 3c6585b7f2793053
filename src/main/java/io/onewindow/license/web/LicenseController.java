package io.onewindow.license.web;

import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.license.License;
import io.onewindow.license.LicenseErrorCode;
import io.onewindow.license.Licenses;
import io.onewindow.license.VerificationResult;
import io.onewindow.license.internal.LicenseRepository;
import io.onewindow.license.internal.QrCodes;
import io.onewindow.license.internal.Revocation;
import io.onewindow.platform.OneWindowException;
import java.time.LocalDate;
import java.time.ZoneId;
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

    LicenseController(Licenses licenses, LicenseRepository repository, Revocation revocation) {
        this.licenses = licenses;
        this.repository = repository;
        this.revocation = revocation;
    }

    @GetMapping("/wallet")
    @PreAuthorize("hasRole('APPLICANT')")
    String wallet(Model model) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        model.addAttribute("licenses", user.partyId() == null ? java.util.List.of() : licenses.ofHolder(user.partyId()));
        model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
        return "license/wallet";
    }

    /** The QR of one of the holder's own licences. */
    @GetMapping(value = "/wallet/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @PreAuthorize("hasRole('APPLICANT')")
    ResponseEntity<byte[]> qr(@PathVariable String id) {
        License license = own(id);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrCodes.png(license.token(), 360));
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
        model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
        return "license/issued";
    }

    @PostMapping("/licenses/{id}/revoke")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String revoke(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            revocation.revoke(id, reason);
            redirect.addFlashAttribute("message", "已注销，所有核验即时显示“已注销”");
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
        }
        return "redirect:/licenses/issued";
    }

    private License own(String id) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        return repository.find(id).filter(l -> l.holderId().equals(user.partyId())).orElseThrow(() ->
                new OneWindowException(LicenseErrorCode.LICENSE_NOT_FOUND, "电子证照不存在"));
    }
}
