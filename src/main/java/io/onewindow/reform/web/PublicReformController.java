package io.onewindow.reform.web;

import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import io.onewindow.reform.internal.Observers;
import io.onewindow.reform.internal.Progress;
import io.onewindow.reform.internal.WorkPlanRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 社会监督: the progress of the plans the city chose to publish — status, % and targets; no names, no files. */
@Controller
@PreAuthorize("permitAll()")
class PublicReformController {

    private final WorkPlanRepository plans;
    private final Progress progress;
    private final Observers observers;

    PublicReformController(WorkPlanRepository plans, Progress progress, Observers observers) {
        this.plans = plans;
        this.progress = progress;
        this.observers = observers;
    }

    @GetMapping("/reform/public")
    String list(Model model) {
        model.addAttribute("plans", plans.published().stream().filter(WorkPlanRepository.PlanInfo::publicView).toList());
        return "reform/public";
    }

    @GetMapping("/reform/public/{code}")
    String plan(@PathVariable String code, Model model) {
        var plan = plans.published(code).filter(WorkPlanRepository.PlanInfo::publicView)
                .orElseThrow(() -> new OneWindowException(PlatformErrorCode.NOT_FOUND, "该计划未公开"));
        model.addAttribute("view", progress.publicView(plan.code()));
        model.addAttribute("comments", observers.published(plan.code()));
        model.addAttribute("observer", observers.isObserver());
        return "reform/public-plan";
    }
}
