package io.onewindow.hotline.web;

import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.hotline.internal.ForeignEnterprises;
import io.onewindow.platform.Flash;
import io.onewindow.platform.OneWindowException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 外资企业诉求: the month's full-coverage list and the quarter's visits. */
@Controller
@PreAuthorize("hasAnyRole('HOTLINE_AGENT','SUPERVISOR')")
class ForeignEnterpriseController {

    private final ForeignEnterprises foreign;

    ForeignEnterpriseController(ForeignEnterprises foreign) {
        this.foreign = foreign;
    }

    @GetMapping("/hotline/foreign")
    String page(@RequestParam(required = false) String month, Model model) {
        YearMonth m = Months.parse(month);
        model.addAttribute("month", m);
        model.addAttribute("rows", foreign.month(m));
        model.addAttribute("keyVisited", foreign.keyVisitedInQuarter(m));
        model.addAttribute("target", ForeignEnterprises.KEY_VISITS_PER_QUARTER);
        model.addAttribute("visits", foreign.visits(m));
        model.addAttribute("canEdit", io.onewindow.identity.CurrentUsers.current()
                .filter(u -> u.has(io.onewindow.identity.Role.HOTLINE_AGENT)).isPresent());
        return "hotline/foreign";
    }

    @PostMapping("/hotline/foreign")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    String follow(@RequestParam(required = false) String creditCode, @RequestParam(defaultValue = "false") boolean key,
            RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            foreign.follow(creditCode, key);
            return "已加入外资企业名单";
        });
        return "redirect:/hotline/foreign";
    }

    @PostMapping("/hotline/foreign/visits")
    @PreAuthorize("hasRole('HOTLINE_AGENT')")
    String visit(@RequestParam(required = false) String creditCode, @RequestParam(required = false) String visitedOn,
            @RequestParam(required = false) String notes, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            LocalDate day;
            try {
                day = visitedOn == null || visitedOn.isBlank() ? null : LocalDate.parse(visitedOn);
            } catch (DateTimeParseException e) {
                throw new OneWindowException(HotlineErrorCode.HOTLINE_INVALID_INPUT, "走访日期格式应为 2026-11-28");
            }
            foreign.recordVisit(creditCode, day, notes);
            return "已记录走访";
        });
        return "redirect:/hotline/foreign";
    }
}
