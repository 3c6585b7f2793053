package io.onewindow.inspection.web;

import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.People;
import io.onewindow.inspection.internal.PlanRepository;
import io.onewindow.inspection.internal.ResultRepository;
import io.onewindow.inspection.internal.Results;
import io.onewindow.platform.Flash;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inspector's drawn tasks and the on-site form (one column, for a phone). */
@Controller
@PreAuthorize("hasRole('INSPECTOR')")
class TasksController {

    private final PlanRepository plans;
    private final ResultRepository results;
    private final Results recording;
    private final People people;

    TasksController(PlanRepository plans, ResultRepository results, Results recording, People people) {
        this.plans = plans;
        this.results = results;
        this.recording = recording;
        this.people = people;
    }

    @GetMapping("/inspection/tasks")
    String tasks(Model model) {
        var visits = plans.visitsOf(CurrentUsers.current().orElseThrow().username());
        model.addAttribute("visits", visits);
        // 复查 due: problems ordered corrected in the inspector's visits, not yet checked again
        java.util.Map<UUID, java.util.Set<Integer>> mine = new java.util.HashMap<>();
        visits.forEach(v -> mine.computeIfAbsent(v.planId(), k -> new java.util.HashSet<>()).add(v.ordinal()));
        java.util.List<Object[]> due = new java.util.ArrayList<>();
        mine.forEach((plan, ordinals) -> results.ofPlan(plan).stream()
                .filter(r -> ordinals.contains(r.ordinal()) && r.awaitingReinspection())
                .forEach(r -> due.add(new Object[] {plan, r})));
        model.addAttribute("reinspections", due);
        return "inspection/tasks";
    }

    @GetMapping("/inspection/tasks/{planId}/{ordinal}")
    String task(@PathVariable UUID planId, @PathVariable int ordinal, Model model) {
        PlanRepository.VisitRow visit = recording.teamVisit(planId, ordinal);
        PlanRepository.Plan plan = plans.find(planId).orElseThrow();
        model.addAttribute("visit", visit);
        model.addAttribute("plan", plan);
        model.addAttribute("entity", people.enterpriseByCreditCode(visit.creditCode()).orElse(null));
        model.addAttribute("items", plans.items().stream().filter(i -> plan.items().contains(i.id())).toList());
        var fields = plans.items().stream().filter(i -> plan.items().contains(i.id())).map(PlanRepository.Item::field)
                .collect(java.util.stream.Collectors.toSet());
        model.addAttribute("entries", recording.entriesFor(fields));
        model.addAttribute("result", results.ofPlan(planId).stream().filter(r -> r.ordinal() == ordinal).findFirst().orElse(null));
        model.addAttribute("outcomes", Results.Outcome.values());
        return "inspection/task";
    }

    @PostMapping("/inspection/tasks/{planId}/{ordinal}")
    String record(@PathVariable UUID planId, @PathVariable int ordinal, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String findings, @RequestParam(required = false) Integer entry,
            @RequestParam(required = false) String entryReason, @RequestParam(required = false) String acknowledgement,
            @RequestParam(required = false) String inspectedOn, @RequestParam(required = false) String reinspectBy,
            @RequestParam(required = false) MultipartFile photo, RedirectAttributes redirect) throws IOException {
        byte[] bytes = photo == null || photo.isEmpty() ? null : photo.getBytes();
        Flash.run(redirect, () -> {
            recording.record(planId, ordinal, new Results.Report(outcome, findings, entry, entryReason, acknowledgement,
                    date(inspectedOn), date(reinspectBy), bytes));
            return "检查结果已录入并公示";
        });
        return "redirect:/inspection/tasks/" + planId + "/" + ordinal;
    }

    /** 复查: whether the problem ordered corrected has been. */
    @PostMapping("/inspection/tasks/{planId}/{ordinal}/reinspection")
    String reinspect(@PathVariable UUID planId, @PathVariable int ordinal, @RequestParam(required = false) String corrected,
            @RequestParam(required = false) String findings, @RequestParam(required = false) String inspectedOn,
            RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            if (!"true".equals(corrected) && !"false".equals(corrected)) {
                throw new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, "请选择复查结论：已整改或未整改");
            }
            recording.reinspect(planId, ordinal, Boolean.parseBoolean(corrected), findings, date(inspectedOn));
            return "复查结果已录入并公示";
        });
        return "redirect:/inspection/tasks/" + planId + "/" + ordinal;
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, "日期格式应为 年-月-日，如 2026-12-02");
        }
    }
}
