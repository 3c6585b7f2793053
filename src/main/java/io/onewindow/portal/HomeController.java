package io.onewindow.portal;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.organization.Organization;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.OneWindowException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public home page: what the platform offers, today's working-day status and where the halls are. */
@Controller
@PreAuthorize("permitAll()")
class HomeController {

    private final WorkingDays workingDays;
    private final Organization organization;

    HomeController(WorkingDays workingDays, Organization organization) {
        this.workingDays = workingDays;
        this.organization = organization;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String from, @RequestParam(required = false) String days, Model model) {
        LocalDate today = ChinaTime.today();
        model.addAttribute("today", workingDays.day(today));
        model.addAttribute("halls", organization.halls());
        if (from != null || days != null) {
            addDeadline(from, days, model);
        }
        return "portal/home";
    }

    /** htmx target of the 工作日计算 tool; without JavaScript the same form reloads the home page. */
    @GetMapping("/tools/working-days")
    String deadline(@RequestParam(required = false) String from, @RequestParam(required = false) String days,
            Model model) {
        addDeadline(from, days, model);
        return "portal/working-days-result";
    }

    private void addDeadline(String from, String days, Model model) {
        try {
            LocalDate start = LocalDate.parse(from == null ? "" : from.strip());
            int n = Integer.parseInt(days == null ? "" : days.strip());
            LocalDate due = workingDays.addWorkingDays(start, n);
            model.addAttribute("deadline", new Deadline(start, n, due, workingDays.day(due).confirmed()));
        } catch (DateTimeParseException | NumberFormatException e) {
            model.addAttribute("deadlineError", "请输入有效的起算日期（如 2026-11-30）和 0–2500 之间的工作日数");
        } catch (OneWindowException e) {
            model.addAttribute("deadlineError", e.detail());
        }
    }

    record Deadline(LocalDate from, int days, LocalDate due, boolean confirmed) {
    }
}
