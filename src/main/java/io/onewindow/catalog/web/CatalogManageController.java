package io.onewindow.catalog.web;

import io.onewindow.catalog.Audience;
import io.onewindow.catalog.CatalogErrorCode;
import io.onewindow.catalog.ItemType;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.ServiceFlag;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.catalog.internal.CatalogEditing;
import io.onewindow.catalog.internal.CatalogPermissions;
import io.onewindow.catalog.internal.CatalogRepository;
import io.onewindow.catalog.internal.GuideDiff;
import io.onewindow.catalog.internal.GuideForm;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.organization.Department;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.Organization;
import io.onewindow.platform.Flash;
import io.onewindow.platform.OneWindowException;
import io.onewindow.workflow.ProcessModels;
import io.onewindow.workflow.StandardProcesses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 事项管理: a department admin drafts and submits its items; the city's 政务服务 administration reviews,
 * publishes or sends back. Data-level permissions are enforced by {@link CatalogEditing}.
 */
@Controller
@RequestMapping("/catalog/manage")
@PreAuthorize("hasAnyRole('DEPT_ADMIN','SYS_ADMIN')")
class CatalogManageController {

    private static final int MAX_BPMN_BYTES = 1_000_000;

    private final CatalogRepository repository;
    private final CatalogEditing editing;
    private final CatalogPermissions permissions;
    private final Organization organization;
    private final ProcessModels processModels;
    private final GuideView guideView;

    CatalogManageController(CatalogRepository repository, CatalogEditing editing, CatalogPermissions permissions,
            Organization organization, ProcessModels processModels, GuideView guideView) {
        this.repository = repository;
        this.editing = editing;
        this.permissions = permissions;
        this.organization = organization;
        this.processModels = processModels;
        this.guideView = guideView;
    }

    @GetMapping
    String overview(@RequestParam(required = false) String department, Model model) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        boolean reviewer = permissions.canReview(user);
        String dept = reviewer && department != null && !department.isBlank() ? department : user.departmentId();
        model.addAttribute("reviewer", reviewer);
        model.addAttribute("departmentId", dept);
        model.addAttribute("items", dept == null ? List.of() : repository.latestOfDepartment(dept));
        model.addAttribute("queue", reviewer ? repository.inReview() : List.of());
        model.addAttribute("types", ItemType.values());
        model.addAttribute("audiences", Audience.values());
        List<Department> departments = new ArrayList<>();
        if (reviewer) {
            organization.regions().forEach(r -> departments.addAll(organization.departments(r.id())));
        } else if (dept != null) {
            organization.department(new DepartmentId(dept)).ifPresent(departments::add);
        }
        model.addAttribute("departments", departments);
        return "catalog/manage";
    }

    @PostMapping("/items")
    String create(@RequestParam String departmentId, @RequestParam String name, @RequestParam(required = false) ItemType type,
            @RequestParam(required = false) Audience audience, RedirectAttributes redirect) {
        try {
            String code = editing.createItem(departmentId, name, type, audience);
            redirect.addFlashAttribute("message", "已创建事项 " + code + "，请完善办事指南后提交审核");
            return "redirect:/catalog/manage/items/" + code;
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            return "redirect:/catalog/manage";
        }
    }

    @GetMapping("/items/{code}")
    String item(@PathVariable String code, Model model) {
        List<ItemVersion> versions = repository.versions(code);
        if (versions.isEmpty()) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_ITEM_NOT_FOUND, "事项 " + code + " 不存在");
        }
        ItemVersion latest = versions.get(0);
        CurrentUser user = CurrentUsers.current().orElseThrow();
        if (!permissions.canEdit(user, latest.guide().departmentId())) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_FORBIDDEN, "只能查看本部门的事项");
        }
        model.addAttribute("code", code);
        model.addAttribute("versions", versions);
        model.addAttribute("latest", latest);
        model.addAttribute("reviewer", permissions.canReview(user));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", GuideForm.of(latest.guide(), latest.bpmnXml()));
        }
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("flags", ServiceFlag.values());
        model.addAttribute("shapes", StandardProcesses.Shape.values());
        model.addAttribute("processCheck", latest.bpmnXml() == null ? null : processModels.check(latest.bpmnXml()));
        if (latest.status() != ItemVersion.Status.DRAFT || model.containsAttribute("preview")) {
            guideView.addTo(model, latest);
        }
        return "catalog/item";
    }

    @PostMapping("/items/{code}/draft")
    String save(@PathVariable String code, @ModelAttribute GuideForm form,
            @RequestParam(required = false) MultipartFile bpmnFile, RedirectAttributes redirect) throws IOException {
        try {
            ItemVersion draft = repository.versions(code).stream().findFirst().orElseThrow(
                    () -> new OneWindowException(CatalogErrorCode.CATALOG_ITEM_NOT_FOUND, "事项 " + code + " 不存在"));
            ServiceGuide guide = form.toGuide(draft.guide());
            String bpmn = bpmn(code, guide, form, bpmnFile);
            // a request without any BPMN field (e.g. from a script) keeps the draft's process
            editing.saveDraft(code, guide, bpmn == null ? draft.bpmnXml() : bpmn);
            redirect.addFlashAttribute("message", "草稿已保存");
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/catalog/manage/items/" + code;
    }

    @PostMapping("/items/{code}/submit")
    String submit(@PathVariable String code, RedirectAttributes redirect) {
        return act(code, redirect, () -> editing.submit(code), "已提交审核");
    }

    @PostMapping("/items/{code}/revise")
    String revise(@PathVariable String code, RedirectAttributes redirect) {
        return act(code, redirect, () -> editing.newDraft(code), "已新建修订版草稿");
    }

    @PostMapping("/items/{code}/publish")
    String publish(@PathVariable String code, RedirectAttributes redirect) {
        return act(code, redirect, () -> editing.publish(code), "已发布，网站、移动端、窗口和接口同步更新");
    }

    @PostMapping("/items/{code}/reject")
    String reject(@PathVariable String code, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(code, redirect, () -> editing.reject(code, note), "已退回修改");
    }

    @GetMapping("/items/{code}/diff")
    String diff(@PathVariable String code, @RequestParam int from, @RequestParam int to, Model model) {
        ItemVersion a = version(code, from);
        ItemVersion b = version(code, to);
        if (!permissions.canEdit(CurrentUsers.current().orElseThrow(), b.guide().departmentId())) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_FORBIDDEN, "只能查看本部门的事项");
        }
        model.addAttribute("code", code);
        model.addAttribute("from", a);
        model.addAttribute("to", b);
        model.addAttribute("changes", GuideDiff.between(a, b));
        return "catalog/diff";
    }

    private ItemVersion version(String code, int version) {
        return repository.versionOf(code, version).orElseThrow(() -> new OneWindowException(
                CatalogErrorCode.CATALOG_VERSION_NOT_FOUND, "事项 " + code + " 没有第 " + version + " 版"));
    }

    /** The BPMN to store: an uploaded file, else a standard shape chosen, else the text area. */
    private static String bpmn(String code, ServiceGuide guide, GuideForm form, MultipartFile file) throws IOException {
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > MAX_BPMN_BYTES) {
                throw new OneWindowException(CatalogErrorCode.CATALOG_INVALID_INPUT, "BPMN 文件不能超过 1 MB");
            }
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        }
        if (form.standardProcess() != null && !form.standardProcess().isBlank()) {
            StandardProcesses.Shape shape;
            try {
                shape = StandardProcesses.Shape.valueOf(form.standardProcess());
            } catch (IllegalArgumentException e) {
                throw new OneWindowException(CatalogErrorCode.CATALOG_INVALID_INPUT, "未知的标准流程类型");
            }
            return StandardProcesses.bpmn(shape, "p_" + code.replace('-', '_'), guide.name(), guide.departmentId(), List.of());
        }
        return form.bpmnXml();
    }

    private static String act(String code, RedirectAttributes redirect, Runnable action, String message) {
        Flash.run(redirect, () -> {
            action.run();
            return message;
        });
        return "redirect:/catalog/manage/items/" + code;
    }
}
