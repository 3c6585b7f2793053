package io.onewindow.evaluation.web;

import io.onewindow.evaluation.EvaluationErrorCode;
import io.onewindow.evaluation.internal.UnresolvedReports;
import io.onewindow.organization.Organization;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.City;
import io.onewindow.platform.Flash;
import io.onewindow.platform.OneWindowException;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 办不成事: 交办 and the 联席会议 list for the 政务服务 administration, and 办结 for the assigned department. */
@Controller
@PreAuthorize("isAuthenticated()") // each handler narrows this to its roles
class UnresolvedController {

    private final UnresolvedReports reports;
    private final Organization organization;

    private final City city;

    UnresolvedController(UnresolvedReports reports, Organization organization, City city) {
        this.city = city;
        this.reports = reports;
        this.organization = organization;
    }

    @GetMapping("/unresolved/manage")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN','SUPERVISOR','SYS_ADMIN')")
    String manage(Model model) {
        if (!reports.isCoordinator()) {
            throw new OneWindowException(EvaluationErrorCode.EVALUATION_NOT_ALLOWED, "只有政务服务管理部门可以查看");
        }
        model.addAttribute("reports", reports.all());
        model.addAttribute("departments", organization.departments(city.regionCode()));
        model.addAttribute("today", ChinaTime.today());
        return "evaluation/unresolved-manage";
    }

    @PostMapping("/unresolved/{id}/assign")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN','SUPERVISOR','SYS_ADMIN')")
    String assign(@PathVariable UUID id, @RequestParam(required = false) String departmentId, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            reports.assign(id, departmentId);
            return "已交办";
        });
        return "redirect:/unresolved/manage";
    }

    @GetMapping("/department/unresolved")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String department(Model model) {
        model.addAttribute("reports", reports.ofMyDepartment());
        model.addAttribute("today", ChinaTime.today());
        return "evaluation/unresolved-department";
    }

    @PostMapping("/unresolved/{id}/resolve")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String resolve(@PathVariable UUID id, @RequestParam(required = false) String resolution, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            reports.resolve(id, resolution);
            return "已办结";
        });
        return "redirect:/department/unresolved";
    }
}
