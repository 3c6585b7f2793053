package io.onewindow.catalog.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.catalog.Audience;
import io.onewindow.catalog.CatalogErrorCode;
import io.onewindow.catalog.ItemType;
import io.onewindow.catalog.ItemVersion;
import io.onewindow.catalog.ServiceFlag;
import io.onewindow.catalog.ServiceGuide;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.organization.Department;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.Organization;
import io.onewindow.platform.OneWindowException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import and export of the catalogue. An import is all or nothing: every row is checked first and the file is
 * refused with each bad row named; only a clean file is stored, in one transaction, as drafts that go through
 * review like any other change.
 */
@Service
public class CatalogTransfer {

    private static final int MAX_ROWS = 5_000;

    private final CatalogRepository repository;
    private final CatalogPermissions permissions;
    private final Organization organization;
    private final AuditLog auditLog;

    CatalogTransfer(CatalogRepository repository, CatalogPermissions permissions, Organization organization,
            AuditLog auditLog) {
        this.repository = repository;
        this.permissions = permissions;
        this.organization = organization;
        this.auditLog = auditLog;
    }

    /** The current published version of every item. */
    @Transactional(readOnly = true)
    public List<TransferItem> export() {
        return repository.allCurrentPublished().stream().map(CatalogTransfer::toTransfer).toList();
    }

    /** A checked row, ready to store. */
    private record Checked(int row, TransferItem item, ServiceGuide guide, Optional<ItemVersion> existing) {
    }

    /**
     * @param rows items with the row number a person sees in the file (Excel row, or JSON array position + 1)
     * @return the codes of the items created or changed
     */
    @Transactional
    public List<String> importItems(Map<Integer, TransferItem> rows) {
        if (rows.isEmpty()) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_IMPORT_INVALID, "文件中没有事项");
        }
        if (rows.size() > MAX_ROWS) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_IMPORT_INVALID, "一次最多导入 " + MAX_ROWS + " 个事项");
        }
        CurrentUser user = CurrentUsers.current().orElseThrow();
        List<String> errors = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        rows.forEach((row, item) -> {
            try {
                checked.add(check(row, item, user));
            } catch (OneWindowException e) {
                errors.add("第 " + row + " 行：" + e.detail());
            }
        });
        if (!errors.isEmpty()) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_IMPORT_INVALID,
                    "导入未执行，文件中有 " + errors.size() + " 处错误：" + String.join("；", errors));
        }
        List<String> codes = new ArrayList<>();
        for (Checked c : checked) {
            codes.add(store(c, user));
        }
        auditLog.record("CATALOG_IMPORTED", "catalog.import", UUID.randomUUID().toString(), null,
                Map.of("items", codes.size(), "codes", codes));
        return codes;
    }

    private Checked check(int row, TransferItem item, CurrentUser user) {
        Department department = organization.department(new DepartmentId(blank(item.departmentId())))
                .orElseThrow(() -> invalid("实施部门编码“" + item.departmentId() + "”不存在"));
        if (!permissions.canEdit(user, department.id().value())) {
            throw invalid("无权维护部门 " + department.name() + " 的事项");
        }
        ItemType type = Arrays.stream(ItemType.values()).filter(t -> t.label().equals(blank(item.type()))).findFirst()
                .orElseThrow(() -> invalid("事项类型“" + item.type() + "”无效，可选：" + labels(ItemType.values())));
        Audience audience = Arrays.stream(Audience.values()).filter(a -> a.label().equals(blank(item.audience())))
                .findFirst().orElseThrow(() -> invalid("服务对象应为“个人”或“法人”"));
        List<ServiceFlag> flags = new ArrayList<>();
        for (String label : GuideLines.words(item.flags())) {
            flags.add(Arrays.stream(ServiceFlag.values()).filter(f -> f.label().equals(label)).findFirst()
                    .orElseThrow(() -> invalid("服务标识“" + label + "”无效")));
        }
        Optional<ItemVersion> existing = Optional.empty();
        if (!blank(item.code()).isEmpty()) {
            existing = repository.versions(item.code().strip()).stream().findFirst();
            if (existing.isEmpty()) {
                throw invalid("事项编码 " + item.code() + " 不存在；新事项请留空编码");
            }
            if (!existing.get().guide().departmentId().equals(department.id().value())) {
                throw invalid("事项 " + item.code() + " 不属于部门 " + department.name());
            }
            if (existing.get().status() == ItemVersion.Status.IN_REVIEW) {
                throw invalid("事项 " + item.code() + " 正在审核，不能导入覆盖");
            }
        }
        GuideForm form = new GuideForm(item.name(), audience, GuideLines.words(item.lifeEvents()), item.keywords(),
                item.legalBasis(), item.conditions(), item.materials(), item.statutoryDays(), item.promisedDays(),
                item.fees(), item.result(), item.resultLicenseType(), item.location(), item.hours(), item.enquiryPhone(),
                item.complaintPhone(), item.validity(), item.supervisor(), item.visits(), item.faq(), flags, item.form(),
                item.bpmnXml(), "");
        ServiceGuide guide = form.toGuide(ServiceGuide.blank(item.name(), type, department.id().value(),
                department.regionId(), audience));
        List<String> problems = GuideRules.formatProblems(guide);
        if (!problems.isEmpty()) {
            throw invalid(String.join("；", problems));
        }
        return new Checked(row, item, guide, existing);
    }

    private String store(Checked c, CurrentUser user) {
        String bpmn = blank(c.item().bpmnXml()).isEmpty() ? null : c.item().bpmnXml();
        if (c.existing().isEmpty()) {
            String code = repository.nextCode(c.guide().departmentId(), c.guide().type().code());
            UUID itemId = UUID.randomUUID();
            repository.insertItem(itemId, code, c.guide().departmentId(), c.guide().regionId());
            repository.insertVersion(UUID.randomUUID(), itemId, 1, ItemVersion.Status.DRAFT, c.guide(), bpmn, user.username());
            return code;
        }
        ItemVersion latest = c.existing().get();
        if (latest.status() == ItemVersion.Status.DRAFT) {
            repository.updateDraft(latest.id(), c.guide(), bpmn);
        } else {
            repository.insertVersion(UUID.randomUUID(), latest.itemId(), latest.version() + 1, ItemVersion.Status.DRAFT,
                    c.guide(), bpmn, user.username());
        }
        return latest.code();
    }

    static TransferItem toTransfer(ItemVersion v) {
        ServiceGuide g = v.guide();
        return new TransferItem(v.code(), g.name(), g.type().label(), g.departmentId(), g.audience().label(),
                String.join("、", g.lifeEvents()), String.join("，", g.keywords()), g.legalBasis(),
                String.join("\n", g.conditions()), GuideLines.formatMaterials(g.materials()),
                String.valueOf(g.statutoryDays()), String.valueOf(g.promisedDays()), g.fees(), g.result(),
                g.resultLicenseType(), g.validity(), g.location(), g.hours(), g.enquiryPhone(), g.complaintPhone(),
                g.supervisor(), String.valueOf(g.visits()),
                g.flags().stream().sorted().map(ServiceFlag::label).collect(Collectors.joining("、")),
                GuideLines.formatForm(g.form()), GuideLines.formatFaq(g.faq()), v.bpmnXml());
    }

    private static String labels(ItemType[] types) {
        return Arrays.stream(types).map(ItemType::label).collect(Collectors.joining("、"));
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(CatalogErrorCode.CATALOG_IMPORT_INVALID, detail);
    }
}
