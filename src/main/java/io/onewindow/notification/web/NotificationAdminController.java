package io.onewindow.notification.web;

import io.onewindow.notification.internal.RelayStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知发送情况: the relay's counts per channel and state, the failures with their reasons, 重新发送 for dead ones. */
@Controller
@RequestMapping("/admin/notifications")
@PreAuthorize("hasRole('SYS_ADMIN')")
class NotificationAdminController {

    private final RelayStatus status;

    NotificationAdminController(RelayStatus status) {
        this.status = status;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("counts", status.counts());
        model.addAttribute("failures", status.failures(100));
        model.addAttribute("channels", status.channels());
        return "notification/admin";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        if (status.retry(id)) {
            redirect.addFlashAttribute("success", "第 " + id + " 号通知已重新排队发送");
        } else {
            redirect.addFlashAttribute("error", "第 " + id + " 号通知不是死信，无需重新发送");
        }
        return "redirect:/admin/notifications";
    }
}
