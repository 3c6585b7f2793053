package io.onewindow.organization.web;

import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.HallId;
import io.onewindow.organization.Organization;
import io.onewindow.organization.OrganizationErrorCode;
import io.onewindow.organization.Region;
import io.onewindow.organization.ServiceHall;
import io.onewindow.organization.ServiceWindow;
import io.onewindow.organization.internal.OrganizationAdministration;
import io.onewindow.platform.Flash;
import io.onewindow.platform.OneWindowException;
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

/** 组织机构管理: regions (read-only, national codes), departments, halls and windows. */
@Controller
@RequestMapping("/admin/organization")
@PreAuthorize("hasRole('SYS_ADMIN')")
class OrganizationAdminController {

    private final Organization organization;
    private final OrganizationAdministration administration;

    OrganizationAdminController(Organization organization, OrganizationAdministration administration) {
        this.organization = organization;
        this.administration = administration;
    }

    @GetMapping
    String overview(@RequestParam(defaultValue = "${onewindow.city.region-code:511100}") String region, Model model) {
        Region selected = organization.region(region).orElseThrow(() -> new OneWindowException(
                OrganizationErrorCode.ORG_REGION_NOT_FOUND, "行政区划 " + region + " 不存在"));
        model.addAttribute("regions", organization.regions());
        model.addAttribute("selected", selected);
        model.addAttribute("departments", organization.departments(region));
        model.addAttribute("halls", organization.halls());
        return "organization/admin";
    }

    @PostMapping("/departments")
    String createDepartment(DepartmentForm form, RedirectAttributes redirect) {
        try {
            administration.createDepartment(form.regionId(), form.code(), form.name(), form.shortName());
            redirect.addFlashAttribute("message", "已新增部门：" + form.name());
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            redirect.addFlashAttribute("departmentForm", form);
        }
        return "redirect:/admin/organization?region=" + form.regionId();
    }

    @PostMapping("/departments/{id}")
    String updateDepartment(@PathVariable String id, DepartmentForm form, RedirectAttributes redirect) {
        DepartmentId departmentId = new DepartmentId(id);
        String region = organization.department(departmentId).map(d -> d.regionId()).orElse("511100");
        Flash.run(redirect, () -> {
            administration.updateDepartment(departmentId, form.name(), form.shortName(), form.active());
            return "已保存部门：" + form.name();
        });
        return "redirect:/admin/organization?region=" + region;
    }

    @PostMapping("/halls")
    String createHall(HallForm form, RedirectAttributes redirect) {
        try {
            ServiceHall hall = administration.createHall(form.regionId(), form.code(), form.name(), form.level(),
                    form.address(), form.openingHours(), form.phone());
            redirect.addFlashAttribute("message", "已新增大厅：" + hall.name());
            return "redirect:/admin/organization/halls/" + hall.id().value();
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            redirect.addFlashAttribute("hallForm", form);
            return "redirect:/admin/organization";
        }
    }

    @GetMapping("/halls/{id}")
    String hall(@PathVariable String id, Model model) {
        ServiceHall hall = organization.hall(new HallId(id)).orElseThrow(() -> new OneWindowException(
                OrganizationErrorCode.ORG_HALL_NOT_FOUND, "服务大厅 " + id + " 不存在"));
        model.addAttribute("hall", hall);
        model.addAttribute("region", organization.region(hall.regionId()).orElseThrow());
        model.addAttribute("windows", organization.windows(hall.id()));
        model.addAttribute("departments", organization.departments(hall.regionId()));
        model.addAttribute("kinds", ServiceWindow.Kind.values());
        return "organization/hall";
    }

    @PostMapping("/halls/{id}/windows")
    String addWindow(@PathVariable String id, WindowForm form, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            DepartmentId dept = form.departmentId() == null || form.departmentId().isBlank()
                    ? null : new DepartmentId(form.departmentId());
            administration.addWindow(new HallId(id), form.number(), form.kind(), dept);
            return "已新增窗口 " + form.number();
        });
        return "redirect:/admin/organization/halls/" + id;
    }

    @PostMapping("/halls/{hallId}/windows/{windowId}/active")
    String setWindowActive(@PathVariable String hallId, @PathVariable UUID windowId, @RequestParam boolean active,
            RedirectAttributes redirect) {
        administration.setWindowActive(windowId, active);
        redirect.addFlashAttribute("message", active ? "窗口已启用" : "窗口已停用");
        return "redirect:/admin/organization/halls/" + hallId;
    }

    // flashed across a redirect, so kept in the (JDBC) session
    record DepartmentForm(String regionId, String code, String name, String shortName, boolean active)
            implements java.io.Serializable {
    }

    record HallForm(String regionId, String code, String name, ServiceHall.Level level, String address,
            String openingHours, String phone) implements java.io.Serializable {
    }

    record WindowForm(String number, ServiceWindow.Kind kind, String departmentId) {
    }
}
