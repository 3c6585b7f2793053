package io.onewindow.identity.web;

import io.onewindow.identity.NewStaff;
import io.onewindow.identity.Role;
import io.onewindow.identity.StaffAccounts;
import io.onewindow.organization.Department;
import io.onewindow.organization.Organization;
import io.onewindow.platform.Flash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 工作人员账号管理: list, create, change roles, enable/disable, unlock. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('SYS_ADMIN')")
class StaffAdminController {

    private final StaffAccounts staffAccounts;
    private final Organization organization;

    StaffAdminController(StaffAccounts staffAccounts, Organization organization) {
        this.staffAccounts = staffAccounts;
        this.organization = organization;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("accounts", staffAccounts.list(q, 200));
        model.addAttribute("q", q);
        model.addAttribute("roles", staffRoles());
        model.addAttribute("halls", organization.halls());
        List<Department> departments = new ArrayList<>();
        organization.regions().forEach(r -> departments.addAll(organization.departments(r.id())));
        model.addAttribute("departments", departments);
        // people read names, not codes
        java.util.Map<String, String> names = new java.util.HashMap<>();
        departments.forEach(d -> names.put(d.id().value(), d.name()));
        organization.halls().forEach(h -> names.put(h.id().value(), h.name()));
        model.addAttribute("names", names);
        return "identity/accounts";
    }

    @PostMapping
    String create(StaffForm form, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            staffAccounts.create(new NewStaff(form.username(), form.password(), form.displayName(),
                    form.departmentId(), form.hallId(), toRoles(form.roles())));
            return "已创建账号 " + form.username();
        });
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/roles")
    String roles(@PathVariable UUID id, @RequestParam(required = false) List<Role> roles, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            staffAccounts.setRoles(id, toRoles(roles));
            return "角色已更新";
        });
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/enabled")
    String enabled(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        staffAccounts.setEnabled(id, enabled);
        redirect.addFlashAttribute("message", enabled ? "账号已启用" : "账号已停用");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        staffAccounts.unlock(id);
        redirect.addFlashAttribute("message", "账号已解锁");
        return "redirect:/admin/accounts";
    }

    private static List<Role> staffRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.APPLICANT).toList();
    }

    /** A blank choice binds to null: skipped, not a failure. */
    private static Set<Role> toRoles(List<Role> roles) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().filter(java.util.Objects::nonNull).forEach(chosen::add);
        }
        return chosen;
    }

    record StaffForm(String username, String password, String displayName, String departmentId, String hallId,
            List<Role> roles) {
    }
}
