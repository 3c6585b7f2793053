package io.onewindow.license.web;

import io.onewindow.identity.CurrentUsers;
import io.onewindow.license.internal.TrustList;
import io.onewindow.platform.Flash;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 互认名单 maintenance. */
@Controller
@RequestMapping("/admin/trust")
@PreAuthorize("hasRole('SYS_ADMIN')")
class TrustListController {

    private final TrustList trustList;

    TrustListController(TrustList trustList) {
        this.trustList = trustList;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("trusted", trustList.all());
        return "license/trust";
    }

    @PostMapping
    String add(@RequestParam String keyId, @RequestParam String region, @RequestParam String issuer,
            @RequestParam String publicKeyHex, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            trustList.add(keyId, region, issuer, publicKeyHex, CurrentUsers.current().orElseThrow().username());
            return "已加入互认名单";
        });
        return "redirect:/admin/trust";
    }

    @PostMapping("/{keyId}/remove")
    String remove(@PathVariable String keyId, RedirectAttributes redirect) {
        trustList.remove(keyId);
        redirect.addFlashAttribute("message", "已移出互认名单");
        return "redirect:/admin/trust";
    }
}
