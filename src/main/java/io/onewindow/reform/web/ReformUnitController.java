package io.onewindow.reform.web;

import io.onewindow.identity.CurrentUsers;
import io.onewindow.platform.Flash;
import io.onewindow.reform.internal.Claims;
import io.onewindow.reform.internal.Notices;
import io.onewindow.reform.internal.Progress;
import io.onewindow.reform.internal.WorkPlanRepository;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 督办任务 of a unit: what it leads or took on, its 督办单 to answer, and claiming a measure. */
@Controller
@PreAuthorize("hasRole('DEPT_ADMIN')")
class ReformUnitController {

    private final WorkPlanRepository plans;
    private final Progress progress;
    private final Claims claims;
    private final Notices notices;

    ReformUnitController(WorkPlanRepository plans, Progress progress, Claims claims, Notices notices) {
        this.plans = plans;
        this.progress = progress;
        this.claims = claims;
        this.notices = notices;
    }

    @GetMapping("/reform/unit")
    String unit(Model model) {
        String unit = CurrentUsers.current().orElseThrow().departmentId();
        model.addAttribute("unitName", progress.unitName(unit));
        model.addAttribute("views", plans.published().stream().map(p -> progress.statusView(p.code()))
                .map(v -> new UnitPlan(v, progress.ofUnit(v, unit))).toList());
        model.addAttribute("unit", unit);
        return "reform/unit";
    }

    /** A plan and the unit's measures in it. */
    record UnitPlan(io.onewindow.reform.internal.PlanView view, java.util.List<io.onewindow.reform.internal.PlanView.MeasureView> mine) {
    }

    @PostMapping("/reform/{code}/measures/{key}/claim")
    String claim(@PathVariable String code, @PathVariable String key, @RequestParam(required = false) String responsible,
            @RequestParam(required = false) String contact, @RequestParam(required = false) String steps,
            RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            claims.claim(code, key, responsible, contact, steps);
            return "已认领举措 " + key + "，待督办机构确认";
        });
        return MeasureLinks.measure(code, key);
    }

    @PostMapping("/reform/notices/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam(required = false) String answer,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            notices.answer(id, answer);
            return "已答复督办单";
        });
        return back != null && back.matches("/reform/[A-Za-z0-9-]{1,40}/measures/[0-9A-Za-z.-]{1,20}") ? "redirect:" + back
                : "redirect:/reform/unit";
    }
}
