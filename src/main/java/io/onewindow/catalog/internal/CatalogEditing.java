package io.onewindow.catalog.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.catalog.Audience;
import io.onewindow.catalog.CatalogErrorCode;
import io.onewindow.catalog.ItemType;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.identity.CurrentUser;
import io.onewindow.organization.Department;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.Organization;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import io.onewindow.workflow.ProcessModels;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of an item version: 草稿 → 待审核 → 已发布. A published version is never changed; changing an item
 * means a new draft copied from its current version. Every step is permission-checked and audited.
 */
@Service
public class CatalogEditing {

    private final CatalogRepository repository;
    private final CatalogPermissions permissions;
    private final Organization organization;
    private final ProcessModels processModels;
    private final AuditLog auditLog;

    CatalogEditing(CatalogRepository repository, CatalogPermissions permissions, Organization organization,
            ProcessModels processModels, AuditLog auditLog) {
        this.repository = repository;
        this.permissions = permissions;
        this.organization = organization;
        this.processModels = processModels;
        this.auditLog = auditLog;
    }

    /** Creates an item and its first draft. Returns the new item's code. */
    @Transactional
    public String createItem(String departmentId, String name, ItemType type, Audience audience) {
        Department department = organization.department(new DepartmentId(departmentId == null ? "" : departmentId))
                .orElseThrow(() -> invalid("请选择实施部门"));
        CurrentUser user = permissions.requireEditor(department.id().value());
        String itemName = Inputs.required(name, "事项名称", 100, CatalogErrorCode.CATALOG_INVALID_INPUT);
        if (type == null || audience == null) {
            throw invalid("请选择事项类型和服务对象");
        }
        String code = repository.nextCode(department.id().value(), type.code());
        UUID itemId = UUID.randomUUID();
        repository.insertItem(itemId, code, department.id().value(), department.regionId());
        ServiceGuide guide = ServiceGuide.blank(itemName, type, department.id().value(), department.regionId(), audience);
        repository.insertVersion(UUID.randomUUID(), itemId, 1, ItemVersion.Status.DRAFT, guide, null, user.username());
        auditLog.record("CATALOG_ITEM_CREATED", "catalog.item", code, null, Map.of("name", itemName, "version", 1));
        return code;
    }

    /** Saves the open draft. Refuses malformed content (with every problem listed); completeness is checked on submit. */
    @Transactional
    public ItemVersion saveDraft(String code, ServiceGuide guide, String bpmnXml) {
        ItemVersion draft = openVersion(code);
        permissions.requireEditor(departmentOf(code));
        if (draft.status() != ItemVersion.Status.DRAFT) {
            throw wrongState("该版本已提交审核，不能修改；如需修改请先由审核人退回");
        }
        ServiceGuide fixed = keepOwnership(draft.guide(), guide);
        List<String> problems = GuideRules.formatProblems(fixed);
        if (!problems.isEmpty()) {
            throw invalid(String.join("；", problems));
        }
        repository.updateDraft(draft.id(), fixed, blankToNull(bpmnXml));
        ItemVersion saved = repository.version(draft.id()).orElseThrow();
        auditLog.record("CATALOG_DRAFT_SAVED", "catalog.item", code, draft.guide(), saved.guide());
        return saved;
    }

    /** Starts a new draft from the current published version (一个事项同时只有一个未发布版本). */
    @Transactional
    public ItemVersion newDraft(String code) {
        CurrentUser user = permissions.requireEditor(departmentOf(code));
        if (repository.openVersion(code).isPresent()) {
            throw wrongState("该事项已有未发布的版本，请在该版本上修改");
        }
        ItemVersion current = repository.currentPublished(code).orElseThrow(() -> notFound(code));
        UUID id = UUID.randomUUID();
        repository.insertVersion(id, current.itemId(), current.version() + 1, ItemVersion.Status.DRAFT, current.guide(),
                current.bpmnXml(), user.username());
        auditLog.record("CATALOG_DRAFT_STARTED", "catalog.item", code, null, Map.of("version", current.version() + 1));
        return repository.version(id).orElseThrow();
    }

    /** 提交审核: refused with the list of what is missing. */
    @Transactional
    public ItemVersion submit(String code) {
        ItemVersion draft = openVersion(code);
        CurrentUser user = permissions.requireEditor(departmentOf(code));
        requireComplete(draft);
        if (repository.submit(draft.id(), user.username()) != 1) {
            throw wrongState("只有草稿可以提交审核");
        }
        auditLog.record("CATALOG_SUBMITTED", "catalog.item", code, Map.of("status", "DRAFT"),
                Map.of("status", "IN_REVIEW", "version", draft.version()));
        return repository.version(draft.id()).orElseThrow();
    }

    /** 退回修改 with the reviewer's note. */
    @Transactional
    public ItemVersion reject(String code, String note) {
        permissions.requireReviewer();
        ItemVersion version = openVersion(code);
        String reason = Inputs.required(note, "退回理由", 500, CatalogErrorCode.CATALOG_INVALID_INPUT);
        if (repository.reject(version.id(), reason) != 1) {
            throw wrongState("只有待审核的版本可以退回");
        }
        auditLog.record("CATALOG_REJECTED", "catalog.item", code, Map.of("status", "IN_REVIEW"),
                Map.of("status", "DRAFT", "note", reason));
        return repository.version(version.id()).orElseThrow();
    }

    /** 发布: checks completeness and the BPMN again, then freezes the version. */
    @Transactional
    public ItemVersion publish(String code) {
        CurrentUser reviewer = permissions.requireReviewer();
        ItemVersion version = openVersion(code);
        if (version.status() != ItemVersion.Status.IN_REVIEW) {
            throw wrongState("只有已提交审核的版本可以发布");
        }
        requireComplete(version);
        repository.publish(version.id(), reviewer.username());
        auditLog.record("CATALOG_PUBLISHED", "catalog.item", code, null,
                Map.of("version", version.version(), "name", version.guide().name()));
        return repository.version(version.id()).orElseThrow();
    }

    private void requireComplete(ItemVersion v) {
        var check = v.bpmnXml() == null ? null : processModels.check(v.bpmnXml());
        List<String> problems = new java.util.ArrayList<>(GuideRules.problems(v.guide(), check));
        // a published process never waits on a department role nobody holds
        if (v.bpmnXml() != null) {
            processModels.staffingProblems(v.bpmnXml()).forEach(p -> problems.add("办理流程：" + p));
        }
        if (!problems.isEmpty()) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_INCOMPLETE, String.join("；", problems));
        }
    }

    /** Department, region and type of an item do not change through a draft edit. */
    private static ServiceGuide keepOwnership(ServiceGuide before, ServiceGuide after) {
        return new ServiceGuide(after.name(), before.type(), before.departmentId(), before.regionId(), after.audience(),
                after.lifeEvents(), after.keywords(), after.legalBasis(), after.conditions(), after.materials(),
                after.statutoryDays(), after.promisedDays(), after.fees(), after.result(), after.resultLicenseType(),
                after.location(), after.hours(), after.enquiryPhone(), after.complaintPhone(), after.validity(),
                after.supervisor(), after.visits(), after.faq(), after.flags(), after.form(), after.processShape());
    }

    private ItemVersion openVersion(String code) {
        return repository.openVersion(code).orElseThrow(() -> repository.currentPublished(code).isPresent()
                ? wrongState("该事项没有未发布的版本，请先“新建修订版”") : notFound(code));
    }

    private String departmentOf(String code) {
        return repository.departmentOf(code).orElseThrow(() -> notFound(code));
    }

    private static OneWindowException notFound(String code) {
        return new OneWindowException(CatalogErrorCode.CATALOG_ITEM_NOT_FOUND, "事项 " + code + " 不存在");
    }

    private static OneWindowException wrongState(String detail) {
        return new OneWindowException(CatalogErrorCode.CATALOG_WRONG_STATE, detail);
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(CatalogErrorCode.CATALOG_INVALID_INPUT, detail);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
