package io.onewindow.reform.web;

import io.onewindow.platform.Flash;
import io.onewindow.reform.internal.Observers;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office appoints 营商环境特邀监督员 and publishes (or rejects, with a reason) their comments. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'SYS_ADMIN')")
class ObserversController {

    private final Observers observers;

    ObserversController(Observers observers) {
        this.observers = observers;
    }

    @GetMapping("/reform/observers")
    String page(Model model) {
        model.addAttribute("observers", observers.all());
        model.addAttribute("pending", observers.pending());
        return "reform/observers";
    }

    @PostMapping("/reform/observers")
    String appoint(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String title,
            RedirectAttributes redirect) {
        Flash.run(redirect, () -> "已聘请 " + observers.appoint(idNumber, title).name() + " 为营商环境特邀监督员");
        return "redirect:/reform/observers";
    }

    @PostMapping("/reform/observers/{accountId}/dismiss")
    String dismiss(@PathVariable UUID accountId, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            observers.dismiss(accountId);
            return "已解聘";
        });
        return "redirect:/reform/observers";
    }

    @PostMapping("/reform/comments/{id}/moderate")
    String moderate(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean publish,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            observers.moderate(id, publish, note);
            return publish ? "已公开该意见" : "已不予公开";
        });
        return "redirect:/reform/observers";
    }
}
