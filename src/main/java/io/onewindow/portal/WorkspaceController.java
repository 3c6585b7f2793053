package io.onewindow.portal;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.People;
import io.onewindow.identity.Role;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.HallId;
import io.onewindow.organization.Organization;
import io.onewindow.platform.ChinaTime;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 工作台: each signed-in person lands on the workspace of their first role and can switch between roles. */
@Controller
@PreAuthorize("isAuthenticated()")
class WorkspaceController {

    private final WorkingDays workingDays;
    private final Organization organization;
    private final People people;

    WorkspaceController(WorkingDays workingDays, Organization organization, People people) {
        this.workingDays = workingDays;
        this.organization = organization;
        this.people = people;
    }

    /** Sends each person to their own workspace, passing on a message meant for it (e.g. 密码已修改). */
    @GetMapping("/workspace")
    String landing(jakarta.servlet.http.HttpServletRequest request,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        var incoming = org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request);
        if (incoming != null) {
            incoming.forEach(redirect::addFlashAttribute);
        }
        return RoleWorkspace.all().stream().filter(w -> user.has(w.role())).findFirst()
                .map(w -> "redirect:/workspace/" + w.path()).orElse("redirect:/forbidden");
    }

    @GetMapping("/workspace/{path}")
    String workspace(@PathVariable String path, Model model) {
        CurrentUser user = CurrentUsers.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        RoleWorkspace workspace = RoleWorkspace.all().stream().filter(w -> w.path().equals(path)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("no such workspace"));
        if (!user.has(workspace.role())) {
            throw new AccessDeniedException("role " + workspace.role() + " required");
        }
        List<RoleWorkspace> mine = RoleWorkspace.all().stream().filter(w -> user.has(w.role())).toList();
        model.addAttribute("workspace", workspace);
        model.addAttribute("myWorkspaces", mine);
        model.addAttribute("today", workingDays.day(ChinaTime.today()));
        addContext(user, workspace.role(), model);
        return "portal/workspace";
    }

    private void addContext(CurrentUser user, Role role, Model model) {
        if (user.departmentId() != null) {
            organization.department(new DepartmentId(user.departmentId()))
                    .ifPresent(d -> model.addAttribute("department", d));
        }
        if (user.hallId() != null) {
            organization.hall(new HallId(user.hallId())).ifPresent(h -> {
                model.addAttribute("hall", h);
                model.addAttribute("windows", organization.windows(h.id()));
            });
        }
        if (role == Role.APPLICANT && user.partyId() != null) {
            people.citizen(user.partyId()).ifPresent(c -> model.addAttribute("citizen", c));
            people.enterprise(user.partyId()).ifPresent(e -> model.addAttribute("enterprise", e));
        }
        if (role == Role.SYS_ADMIN || role == Role.SUPERVISOR) {
            model.addAttribute("citizenCount", people.citizenCount());
            model.addAttribute("enterpriseCount", people.enterpriseCount());
            model.addAttribute("hallCount", organization.halls().size());
        }
    }
}
