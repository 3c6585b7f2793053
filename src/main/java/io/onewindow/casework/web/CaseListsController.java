package io.onewindow.casework.web;

import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.ClockState;
import io.onewindow.casework.internal.AcceptanceDecisions;
import io.onewindow.casework.internal.Applications;
import io.onewindow.casework.internal.CaseHolders;
import io.onewindow.casework.internal.CaseRecord;
import io.onewindow.casework.internal.CaseRepository;
import io.onewindow.casework.internal.Notifier;
import io.onewindow.catalog.Catalog;
import io.onewindow.catalog.CatalogQuery;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.platform.OneWindowException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lists each role works from: 我的办件, the hall's intake, the department's inbox with its clocks. */
@Controller
@PreAuthorize("isAuthenticated()") // each handler narrows this to its roles
class CaseListsController {

    /** A case in a list, with its clock when accepted. */
    record Row(CaseRecord c, String itemName, ClockState clock) {
    }

    private final CaseHolders holders;
    private final CaseRepository cases;
    private final AcceptanceDecisions decisions;
    private final Applications applications;
    private final Catalog catalog;
    private final Notifier notifier;

    CaseListsController(CaseRepository cases, AcceptanceDecisions decisions, Applications applications, Catalog catalog,
            Notifier notifier, CaseHolders holders) {
        this.holders = holders;
        this.cases = cases;
        this.decisions = decisions;
        this.applications = applications;
        this.catalog = catalog;
        this.notifier = notifier;
    }

    @GetMapping("/my/cases")
    @PreAuthorize("hasRole('APPLICANT')")
    String mine(Model model) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        model.addAttribute("rows", rows(cases.ofApplicant(user.accountId())));
        model.addAttribute("messages", notifier.latest(user.accountId(), 10));
        return "casework/mine";
    }

    /** 督办: every overdue (红灯) and nearly due (黄灯) case in the city, by department. */
    @GetMapping("/supervision/cases")
    @PreAuthorize("hasAnyRole('SUPERVISOR','SYS_ADMIN')")
    String supervision(Model model) {
        List<Row> running = rows(cases.accepted());
        model.addAttribute("overdue", running.stream().filter(r -> r.clock().light() == ClockState.Light.RED).toList());
        model.addAttribute("yellow", running.stream().filter(r -> r.clock().light() == ClockState.Light.YELLOW).toList());
        model.addAttribute("total", running.size());
        model.addAttribute("stranded", holders.stranded(null));
        return "casework/supervision";
    }

    @GetMapping("/window/intake")
    @PreAuthorize("hasRole('WINDOW_CLERK')")
    String intake(@RequestParam(required = false) String q, Model model) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        model.addAttribute("q", q);
        model.addAttribute("items", q == null || q.isBlank() ? List.of() : catalog.search(CatalogQuery.text(q)).items());
        model.addAttribute("rows", user.hallId() == null ? List.of() : rows(cases.ofHall(user.hallId())));
        return "casework/intake";
    }

    @PostMapping("/window/intake")
    @PreAuthorize("hasRole('WINDOW_CLERK')")
    String startIntake(@RequestParam String itemCode, @RequestParam String idNumber, RedirectAttributes redirect) {
        try {
            return "redirect:/cases/" + applications.startAtWindow(itemCode, idNumber);
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            return "redirect:/window/intake";
        }
    }

    @GetMapping("/department/cases")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String department(Model model) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        List<Row> all = user.departmentId() == null ? List.of() : rows(cases.ofDepartment(user.departmentId()));
        model.addAttribute("pending", all.stream().filter(r -> r.c().status() == CaseStatus.SUBMITTED).toList());
        model.addAttribute("running", all.stream().filter(r -> r.c().status() == CaseStatus.ACCEPTED)
                .sorted(java.util.Comparator.comparingInt(r -> r.clock().remainingWorkingDays())).toList());
        model.addAttribute("overdue", all.stream().filter(r -> r.clock() != null
                && r.clock().light() == ClockState.Light.RED).toList());
        model.addAttribute("waiting", all.stream().filter(r -> r.c().status() == CaseStatus.CORRECTION_REQUIRED).toList());
        return "casework/department";
    }

    /** One query for all the rows' clocks; item names from the in-memory catalogue (no query per row). */
    private List<Row> rows(List<CaseRecord> records) {
        var clocks = decisions.clocks(records);
        Map<String, String> names = new HashMap<>();
        return records.stream().map(c -> new Row(c, names.computeIfAbsent(c.itemCode() + ":" + c.itemVersion(),
                k -> catalog.version(c.itemCode(), c.itemVersion()).map(v -> v.guide().name()).orElse(c.itemCode())),
                clocks.get(c.id()))).toList();
    }
}
