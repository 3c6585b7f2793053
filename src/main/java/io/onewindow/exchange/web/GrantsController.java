package io.onewindow.exchange.web;

import io.onewindow.exchange.internal.Datasets;
import io.onewindow.exchange.internal.Grants;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.platform.Flash;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 供需对接: request a dataset for the department; decide the requests for the department's own datasets. */
@Controller
@PreAuthorize("hasAnyRole('DEPT_ADMIN','SUPERVISOR','SYS_ADMIN')")
class GrantsController {

    private final Grants grants;
    private final Datasets datasets;

    GrantsController(Grants grants, Datasets datasets) {
        this.grants = grants;
        this.datasets = datasets;
    }

    @GetMapping("/exchange/grants")
    String page(Model model) {
        grants.lapse();
        var user = CurrentUsers.current().orElseThrow();
        boolean all = user.has(Role.SUPERVISOR) || user.has(Role.SYS_ADMIN);
        model.addAttribute("grants", grants.of(all ? null : user.departmentId()));
        model.addAttribute("datasets", datasets.all().stream().filter(d -> !d.shareType().equals("NOT_SHARED"))
                .filter(d -> !d.providerDepartmentId().equals(user.departmentId())).toList());
        model.addAttribute("department", user.departmentId());
        model.addAttribute("canAct", user.has(Role.DEPT_ADMIN));
        model.addAttribute("defaultExpiry", io.onewindow.platform.ChinaTime.today().plusYears(1));
        model.addAttribute("renewFrom", io.onewindow.platform.ChinaTime.today().plusDays(60));
        return "exchange/grants";
    }

    @PostMapping("/exchange/grants")
    String request(@RequestParam(required = false) String dataset, @RequestParam(required = false) String purpose,
            RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            grants.request(dataset, purpose);
            return "已提交共享申请";
        });
        return "redirect:/exchange/grants";
    }

    @PostMapping("/exchange/grants/{id}/renew")
    String renew(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            grants.renew(id);
            return "已申请续期";
        });
        return "redirect:/exchange/grants";
    }

    @PostMapping("/exchange/grants/{id}/decide")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean grant,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            grants.decide(id, grant, note, expiresOn);
            return grant ? "已同意共享" : "已拒绝共享";
        });
        return "redirect:/exchange/grants";
    }
}
