package io.onewindow.portal;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.organization.Organization;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
    String home(Model model) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        model.addAttribute("today", workingDays.day(today));
        model.addAttribute("halls", organization.halls());
        model.addAttribute("regions", organization.regions());
        return "portal/home";
    }
}
