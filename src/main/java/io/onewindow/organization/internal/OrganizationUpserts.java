package io.onewindow.organization.internal;

import static io.onewindow.organization.internal.OrganizationAdministration.invalid;
import static io.onewindow.organization.internal.OrganizationAdministration.optional;
import static io.onewindow.organization.internal.OrganizationAdministration.require;

import io.onewindow.audit.AuditLog;
import io.onewindow.organization.Department;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.HallId;
import io.onewindow.organization.OrganizationErrorCode;
import io.onewindow.organization.OrganizationImports;
import io.onewindow.organization.ServiceHall;
import io.onewindow.organization.ServiceWindow;
import io.onewindow.platform.OneWindowException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Create-or-update by id for the organisation file; the field rules are those of {@link OrganizationAdministration}. */
@Service
class OrganizationUpserts implements OrganizationImports {

    private final OrganizationRepository repository;
    private final AuditLog auditLog;

    OrganizationUpserts(OrganizationRepository repository, AuditLog auditLog) {
        this.repository = repository;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional
    public Outcome department(String regionId, String code, String name, String shortName, boolean active) {
        String r = region(regionId);
        Department d = new Department(new DepartmentId(r + "-" + code(code, "部门代码",
                c -> repository.department(new DepartmentId(r + "-" + c)).isPresent())), r,
                require(name, "部门名称", 100), require(shortName, "简称", 30), active);
        if (repository.departmentNameTaken(r, d.name(), d.id())) {
            throw duplicate("该区划下已有名为“" + d.name() + "”的另一个部门");
        }
        Optional<Department> before = repository.department(d.id());
        if (before.isEmpty()) {
            repository.insertDepartment(d);
            auditLog.record("ORG_DEPARTMENT_CREATED", "organization.department", d.id().value(), null, d);
            return Outcome.CREATED;
        }
        if (before.get().equals(d)) {
            return Outcome.UNCHANGED;
        }
        repository.updateDepartment(d);
        auditLog.record("ORG_DEPARTMENT_UPDATED", "organization.department", d.id().value(), before.get(), d);
        return Outcome.UPDATED;
    }

    @Override
    @Transactional
    public Outcome hall(String regionId, String code, String name, ServiceHall.Level level, String address,
            String openingHours, String phone, boolean active) {
        if (level == null) {
            throw invalid("请填写大厅层级（市级、县级或乡镇）");
        }
        String r = region(regionId);
        ServiceHall h = new ServiceHall(new HallId(r + "-" + code(code, "大厅代码",
                c -> repository.hall(new HallId(r + "-" + c)).isPresent())), r,
                require(name, "大厅名称", 100), level, require(address, "地址", 200), require(openingHours, "办公时间", 100),
                optional(phone, 30), active);
        if (repository.hallNameTaken(h.name(), h.id())) {
            throw duplicate("已有名为“" + h.name() + "”的另一个大厅");
        }
        Optional<ServiceHall> before = repository.hall(h.id());
        if (before.isEmpty()) {
            repository.insertHall(h);
            auditLog.record("ORG_HALL_CREATED", "organization.hall", h.id().value(), null, h);
            return Outcome.CREATED;
        }
        if (before.get().equals(h)) {
            return Outcome.UNCHANGED;
        }
        repository.updateHall(h);
        auditLog.record("ORG_HALL_UPDATED", "organization.hall", h.id().value(), before.get(), h);
        return Outcome.UPDATED;
    }

    @Override
    @Transactional
    public Outcome window(HallId hallId, String number, ServiceWindow.Kind kind, DepartmentId departmentId,
            boolean active) {
        if (hallId == null || repository.hall(hallId).isEmpty()) {
            throw new OneWindowException(OrganizationErrorCode.ORG_HALL_NOT_FOUND,
                    "服务大厅 " + (hallId == null ? "" : hallId.value()) + " 不存在");
        }
        String n = require(number, "窗口编号", 10).toUpperCase();
        if (!OrganizationAdministration.WINDOW_NUMBER.matcher(n).matches()) {
            throw invalid("窗口编号应为可选的一个字母加 1–3 位数字，如 A01");
        }
        if (kind == null) {
            throw invalid("请填写窗口类型（无差别综合窗口、专业窗口或重大项目服务专区）");
        }
        if (kind == ServiceWindow.Kind.SPECIALIZED && departmentId == null) {
            throw invalid("专业窗口须指定所服务的部门");
        }
        if (departmentId != null && repository.department(departmentId).isEmpty()) {
            throw invalid("部门 " + departmentId.value() + " 不存在");
        }
        Optional<ServiceWindow> before = repository.window(hallId, n);
        ServiceWindow w = new ServiceWindow(before.map(ServiceWindow::id).orElseGet(UUID::randomUUID), hallId, n, kind,
                departmentId, active);
        if (before.isEmpty()) {
            repository.insertWindow(w);
            auditLog.record("ORG_WINDOW_CREATED", "organization.window", w.id().toString(), null, w);
            return Outcome.CREATED;
        }
        if (before.get().equals(w)) {
            return Outcome.UNCHANGED;
        }
        repository.updateWindow(w);
        auditLog.record("ORG_WINDOW_UPDATED", "organization.window", w.id().toString(), before.get(), w);
        return Outcome.UPDATED;
    }

    private String region(String regionId) {
        if (regionId == null || repository.region(regionId.strip()).isEmpty()) {
            throw invalid("行政区划代码“" + (regionId == null ? "" : regionId) + "”不是本市的区划（如 511100 乐山市、511102 市中区）");
        }
        return regionId.strip();
    }

    /** A new code follows the admin page's rule; one that already exists (e.g. 511102-BM-13 from before) is kept. */
    private static String code(String code, String label, java.util.function.Predicate<String> exists) {
        String c = require(code, label, 16).toUpperCase();
        if (!OrganizationAdministration.SHORT_CODE.matcher(c).matches() && !exists.test(c)) {
            throw invalid(label + "应为 2–16 位大写字母或数字，以字母开头，如 SCJGJ");
        }
        return c;
    }

    private static OneWindowException duplicate(String detail) {
        return new OneWindowException(OrganizationErrorCode.ORG_DUPLICATE, detail);
    }
}
