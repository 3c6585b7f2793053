package io.onewindow.inspection.web;

import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.inspection.internal.Draw;
import io.onewindow.inspection.internal.PlanRepository;
import io.onewindow.inspection.internal.Plans;
import io.onewindow.organization.Organization;
import io.onewindow.platform.Flash;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 双随机抽查计划: composed and drawn by a department's administrator; seen by inspectors and supervisors. */
@Controller
@PreAuthorize("hasAnyRole('DEPT_ADMIN', 'INSPECTOR', 'SUPERVISOR')")
class PlansController {

    private final Plans plans;
    private final PlanRepository repository;
    private final Organization organization;

    PlansController(Plans plans, PlanRepository repository, Organization organization) {
        this.plans = plans;
        this.repository = repository;
        this.organization = organization;
    }

    @GetMapping("/inspection/plans")
    String list(Model model) {
        model.addAttribute("plans", repository.all());
        model.addAttribute("progress", repository.progress());
        model.addAttribute("items", repository.items());
        var items = repository.items();
        model.addAttribute("departments", Names.departments(organization, items.stream().map(PlanRepository.Item::departmentId).toList()));
        model.addAttribute("canCompose", CurrentUsers.current().map(u -> u.has(Role.DEPT_ADMIN)).orElse(false));
        var focus = repository.focus();
        model.addAttribute("focus", focus);
        model.addAttribute("focusDepartments", Names.departments(organization,
                focus.stream().flatMap(f -> f.departments().stream()).toList()));
        return "inspection/plans";
    }

    @PreAuthorize("hasRole('DEPT_ADMIN')")
    @PostMapping("/inspection/plans")
    String commit(@RequestParam(required = false) String name,
            @RequestParam(name = "item", required = false) List<Integer> items,
            @RequestParam(required = false) Map<String, String> params, RedirectAttributes redirect) {
        try {
            Map<Draw.Tier, Integer> ratios = new EnumMap<>(Draw.Tier.class);
            for (Draw.Tier t : Draw.Tier.values()) {
                ratios.put(t, percent(params.get("ratio" + t.name())));
            }
            PlanRepository.Plan p = plans.commit(name, items == null ? List.of() : items.stream().filter(Objects::nonNull)
                    .toList(), ratios, percent(params.getOrDefault("teamSize", "2")));
            redirect.addFlashAttribute("message", "计划 " + p.code() + " 已发布：随机种子的 SM3 摘要已公示，抽取后公开种子");
            return "redirect:/inspection/public/" + p.code();
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            return "redirect:/inspection/plans";
        }
    }

    /** 跨部门综合监管 on an event: the entity named, the team drawn, both at once. */
    @PreAuthorize("hasRole('DEPT_ADMIN')")
    @PostMapping("/inspection/plans/event")
    String onEvent(@RequestParam(required = false) String name,
            @RequestParam(name = "item", required = false) List<Integer> items,
            @RequestParam(required = false) String creditCode, @RequestParam(required = false) String event,
            @RequestParam(required = false) String teamSize, RedirectAttributes redirect) {
        try {
            PlanRepository.Plan p = plans.onEvent(name, items == null ? List.of() : items.stream().filter(Objects::nonNull)
                    .toList(), creditCode, event, percent(teamSize == null ? "2" : teamSize));
            redirect.addFlashAttribute("message", "已按事件组织联合检查 " + p.code() + "：检查组已随机抽取，种子已公开");
            return "redirect:/inspection/public/" + p.code();
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            return "redirect:/inspection/plans";
        }
    }

    @PreAuthorize("hasRole('DEPT_ADMIN')")
    @PostMapping("/inspection/plans/{id}/draw")
    String draw(@PathVariable UUID id, RedirectAttributes redirect) {
        String[] code = {null};
        Flash.run(redirect, () -> {
            PlanRepository.Plan p = plans.draw(id);
            code[0] = p.code();
            return "已抽取：" + repository.visits(id).size() + " 户检查对象，随机种子已公开，任何人可复核";
        });
        return code[0] == null ? "redirect:/inspection/plans" : "redirect:/inspection/public/" + code[0];
    }

    private static int percent(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, "抽取比例和检查组人数须为整数");
        }
    }
}
