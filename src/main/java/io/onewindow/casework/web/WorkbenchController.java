package io.onewindow.casework.web;

import io.onewindow.casework.ClockState;
import io.onewindow.casework.internal.AcceptanceDecisions;
import io.onewindow.casework.internal.Approvals;
import io.onewindow.casework.internal.CaseHolders;
import io.onewindow.casework.internal.CaseRecord;
import io.onewindow.casework.internal.CaseRepository;
import io.onewindow.casework.internal.Delivery;
import io.onewindow.casework.internal.Notifier;
import io.onewindow.catalog.Catalog;
import io.onewindow.platform.Flash;
import io.onewindow.workflow.WorkTask;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 审批工作台 for approvers (steps of their department, 红灯 first), and the 出件 window for clerks. */
@Controller
@PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN','WINDOW_CLERK')")
class WorkbenchController {

    /** A step in the workbench with its case and clock. */
    record Row(WorkTask task, CaseRecord c, String itemName, ClockState clock) {
    }

    private final CaseHolders holders;
    private final Approvals approvals;
    private final AcceptanceDecisions decisions;
    private final CaseRepository cases;
    private final Catalog catalog;
    private final Delivery delivery;
    private final Notifier notifier;

    WorkbenchController(Approvals approvals, AcceptanceDecisions decisions, CaseRepository cases, Catalog catalog,
            Delivery delivery, Notifier notifier, CaseHolders holders) {
        this.holders = holders;
        this.approvals = approvals;
        this.decisions = decisions;
        this.cases = cases;
        this.catalog = catalog;
        this.delivery = delivery;
        this.notifier = notifier;
    }

    @GetMapping("/workbench")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String workbench(Model model) {
        List<Row> rows = approvals.myTasks().stream().map(t -> {
            CaseRecord c = cases.find(UUID.fromString(t.caseId())).orElseThrow();
            return new Row(t, c, itemName(c), decisions.clock(c).orElse(null));
        }).sorted(Comparator.comparingInt((Row r) -> urgency(r.clock()))
                .thenComparingInt(r -> r.clock() == null ? Integer.MAX_VALUE : r.clock().remainingWorkingDays())).toList();
        model.addAttribute("rows", rows);
        // a department's administrators see at once the steps of their department nobody can take
        var user = io.onewindow.identity.CurrentUsers.current().orElseThrow();
        model.addAttribute("stranded", user.has(io.onewindow.identity.Role.DEPT_ADMIN) ? holders.stranded(user.departmentId()) : null);
        model.addAttribute("messages", notifier.latest(io.onewindow.identity.CurrentUsers.current().orElseThrow().accountId(), 10));
        return "casework/workbench";
    }

    @PostMapping("/tasks/{taskId}/claim")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String claim(@PathVariable String taskId, @RequestParam UUID caseId, RedirectAttributes redirect) {
        return CaseActions.run(caseId, redirect, () -> approvals.claim(taskId), "已认领");
    }

    @PostMapping("/tasks/{taskId}/release")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String release(@PathVariable String taskId, @RequestParam UUID caseId, RedirectAttributes redirect) {
        return CaseActions.run(caseId, redirect, () -> approvals.release(taskId), "已释放");
    }

    @PostMapping("/tasks/{taskId}/pass")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String pass(@PathVariable String taskId, @RequestParam UUID caseId, @RequestParam(required = false) String opinion,
            RedirectAttributes redirect) {
        return CaseActions.run(caseId, redirect, () -> approvals.pass(taskId, opinion), "本环节已办结，流转至下一环节");
    }

    @PostMapping("/tasks/{taskId}/decide")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String decide(@PathVariable String taskId, @RequestParam UUID caseId, @RequestParam boolean approve,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String basis,
            RedirectAttributes redirect) {
        return CaseActions.run(caseId, redirect, () -> approvals.decide(taskId, approve, reason, basis),
                approve ? "已决定准予" : "已决定不予许可");
    }

    @PostMapping("/tasks/{taskId}/return")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String returnTo(@PathVariable String taskId, @RequestParam UUID caseId, @RequestParam String activityId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return CaseActions.run(caseId, redirect, () -> approvals.returnTo(taskId, activityId, reason), "已退回");
    }

    @GetMapping("/window/delivery")
    @PreAuthorize("hasRole('WINDOW_CLERK')")
    String deliveryWindow(Model model) {
        model.addAttribute("rows", delivery.readyHere().stream()
                .map(c -> new CaseListsController.Row(c, itemName(c), null)).toList());
        return "casework/delivery";
    }

    @PostMapping("/window/delivery/{caseId}")
    @PreAuthorize("hasRole('WINDOW_CLERK')")
    String deliver(@PathVariable UUID caseId, @RequestParam String method,
            @RequestParam(required = false) String trackingNumber, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            delivery.deliver(caseId, method, trackingNumber);
            return "已登记出件";
        });
        return "redirect:/window/delivery";
    }

    private String itemName(CaseRecord c) {
        return catalog.version(c.itemCode(), c.itemVersion()).map(v -> v.guide().name()).orElse(c.itemCode());
    }

    /** 红灯 first, then 黄灯, then the rest. */
    private static int urgency(ClockState clock) {
        if (clock == null) {
            return 3;
        }
        return switch (clock.light()) {
            case RED -> 0;
            case YELLOW -> 1;
            default -> 2;
        };
    }

}
