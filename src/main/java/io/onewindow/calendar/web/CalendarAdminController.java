package io.onewindow.calendar.web;

import io.onewindow.calendar.HolidayNotice;
import io.onewindow.calendar.SpecialDay;
import io.onewindow.calendar.WorkingDays;
import io.onewindow.calendar.internal.CalendarRepository;
import io.onewindow.calendar.internal.EnterHolidayNotice;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.OneWindowException;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 工作日历管理: the notices on file, and a form to enter a new year's notice (or correct one). */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('SYS_ADMIN')")
class CalendarAdminController {

    private final CalendarRepository repository;
    private final EnterHolidayNotice enterNotice;
    private final WorkingDays workingDays;

    CalendarAdminController(CalendarRepository repository, EnterHolidayNotice enterNotice, WorkingDays workingDays) {
        this.repository = repository;
        this.enterNotice = enterNotice;
        this.workingDays = workingDays;
    }

    @GetMapping
    String overview(Model model) {
        LocalDate today = ChinaTime.today();
        model.addAttribute("notices", repository.notices());
        model.addAttribute("today", workingDays.day(today));
        model.addAttribute("nextYearCovered", workingDays.snapshot().covers(today.getYear() + 1));
        model.addAttribute("nextYear", today.getYear() + 1);
        return "calendar/admin";
    }

    @GetMapping("/notices/new")
    String newNotice(Model model) {
        model.addAttribute("form", NoticeForm.blank(ChinaTime.today().getYear() + 1));
        return "calendar/notice-form";
    }

    @GetMapping("/notices/{year}")
    String editNotice(@PathVariable int year, Model model) {
        HolidayNotice notice = repository.notice(year).orElse(null);
        model.addAttribute("form", notice == null ? NoticeForm.blank(year) : toForm(notice));
        return "calendar/notice-form";
    }

    @PostMapping("/notices")
    String save(@ModelAttribute("form") NoticeForm form, Model model, RedirectAttributes redirect) {
        try {
            int year = form.year() == null ? 0 : form.year();
            enterNotice.enter(year, form.documentNo(), form.publishedOn(), form.holidays(), form.workdays());
        } catch (OneWindowException e) {
            model.addAttribute("error", e.detail());
            return "calendar/notice-form";
        }
        redirect.addFlashAttribute("message", form.year() + " 年放假通知已保存");
        return "redirect:/admin/calendar";
    }

    /** Shows a stored notice in the same line format the form accepts, consecutive holidays joined. */
    private static NoticeForm toForm(HolidayNotice notice) {
        StringBuilder holidays = new StringBuilder();
        SpecialDay start = null;
        SpecialDay prev = null;
        for (SpecialDay d : notice.days().stream().filter(d -> d.kind() == SpecialDay.Kind.HOLIDAY).toList()) {
            if (prev != null && (!d.name().equals(prev.name()) || !d.day().equals(prev.day().plusDays(1)))) {
                holidays.append(start.name()).append(' ').append(start.day()).append(' ').append(prev.day()).append('\n');
                start = null;
            }
            start = start == null ? d : start;
            prev = d;
        }
        if (start != null) {
            holidays.append(start.name()).append(' ').append(start.day()).append(' ').append(prev.day()).append('\n');
        }
        String workdays = notice.days().stream().filter(d -> d.kind() == SpecialDay.Kind.WORKDAY)
                .map(d -> d.name() + " " + d.day()).collect(Collectors.joining("\n"));
        return new NoticeForm(notice.year(), notice.documentNo(), notice.publishedOn(), holidays.toString(), workdays);
    }
}
