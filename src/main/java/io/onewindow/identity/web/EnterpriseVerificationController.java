package io.onewindow.identity.web;

import io.onewindow.identity.IdentityErrorCode;
import io.onewindow.identity.Registrations;
import io.onewindow.platform.Flash;
import io.onewindow.platform.OneWindowException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 企业身份核验 at a window: a self-registered enterprise becomes verified once a clerk has seen its papers. */
@Controller
@PreAuthorize("hasRole('WINDOW_CLERK')")
class EnterpriseVerificationController {

    private final Registrations registrations;

    EnterpriseVerificationController(Registrations registrations) {
        this.registrations = registrations;
    }

    @PostMapping("/window/enterprises/verify")
    @PreAuthorize("hasRole('WINDOW_CLERK')")
    String verify(@RequestParam(required = false) String creditCode, @RequestParam(defaultValue = "false") boolean checked,
            RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            if (!checked) {
                throw new OneWindowException(IdentityErrorCode.IDENTITY_INVALID_INPUT, "请先核对营业执照原件和法定代表人（或经办人）身份，再勾选确认");
            }
            registrations.verifyEnterprise(creditCode);
            return "企业身份已核验，免申即享等资金类政策将按核验后的身份匹配";
        });
        return "redirect:/window/intake";
    }
}
