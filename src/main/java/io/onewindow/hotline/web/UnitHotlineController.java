package io.onewindow.hotline.web;

import io.onewindow.hotline.internal.WorkOrders;
import io.onewindow.platform.OneWindowException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The handling unit's side: its work orders (callers masked), 签收 and 回复. */
@Controller
@PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
class UnitHotlineController {

    private final WorkOrders orders;

    UnitHotlineController(WorkOrders orders) {
        this.orders = orders;
    }

    @GetMapping("/department/hotline")
    String list(Model model) {
        model.addAttribute("orders", orders.ofMyUnit());
        model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
        return "hotline/unit";
    }

    @GetMapping("/department/hotline/{id}")
    String order(@PathVariable UUID id, Model model) {
        model.addAttribute("o", orders.forUnit(id));
        model.addAttribute("events", orders.events(id));
        model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
        return "hotline/unit-order";
    }

    @PostMapping("/department/hotline/{id}/sign")
    String sign(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            orders.sign(id);
            redirect.addFlashAttribute("message", "已签收");
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
        }
        return "redirect:/department/hotline/" + id;
    }

    @PostMapping("/department/hotline/{id}/reply")
    String reply(@PathVariable UUID id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            orders.reply(id, text);
            redirect.addFlashAttribute("message", "已回复");
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
        }
        return "redirect:/department/hotline/" + id;
    }
}
