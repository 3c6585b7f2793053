package io.onewindow.organization.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.organization.Department;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.HallId;
import io.onewindow.organization.OrganizationErrorCode;
import io.onewindow.organization.ServiceHall;
import io.onewindow.organization.ServiceWindow;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 组织机构维护: every change is validated (Chinese messages), stored and audited in one transaction. */
@Service
public class OrganizationAdministration {

    static final Pattern SHORT_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");
    static final Pattern WINDOW_NUMBER = Pattern.compile("[A-Z]?[0-9]{1,3}");

    private final OrganizationRepository repository;
    private final AuditLog auditLog;

    OrganizationAdministration(OrganizationRepository repository, AuditLog auditLog) {
        this.repository = repository;
        this.auditLog = auditLog;
    }

    @Transactional
    public Department createDepartment(String regionId, String code, String name, String shortName) {
        repository.region(regionId).orElseThrow(() -> invalid("请选择所属行政区划"));
        String c = require(code, "部门代码", 16).toUpperCase();
        if (!SHORT_CODE.matcher(c).matches()) {
            throw invalid("部门代码应为 2–16 位大写字母或数字，以字母开头，如 SCJGJ");
        }
        Department d = new Department(new DepartmentId(regionId + "-" + c), regionId, require(name, "部门名称", 100),
                require(shortName, "简称", 30), true);
        if (repository.department(d.id()).isPresent() || repository.departmentNameTaken(regionId, d.name(), null)) {
            throw new OneWindowException(OrganizationErrorCode.ORG_DUPLICATE, "该区划下已有同代码或同名称的部门：" + d.name());
        }
        repository.insertDepartment(d);
        auditLog.record("ORG_DEPARTMENT_CREATED", "organization.department", d.id().value(), null, d);
        return d;
    }

    @Transactional
    public Department updateDepartment(DepartmentId id, String name, String shortName, boolean active) {
        Department before = repository.department(id).orElseThrow(() -> new OneWindowException(
                OrganizationErrorCode.ORG_DEPARTMENT_NOT_FOUND, "部门 " + id.value() + " 不存在"));
        Department after = new Department(id, before.regionId(), require(name, "部门名称", 100),
                require(shortName, "简称", 30), active);
        if (repository.departmentNameTaken(before.regionId(), after.name(), id)) {
            throw new OneWindowException(OrganizationErrorCode.ORG_DUPLICATE, "该区划下已有名为“" + after.name() + "”的部门");
        }
        repository.updateDepartment(after);
        auditLog.record("ORG_DEPARTMENT_UPDATED", "organization.department", id.value(), before, after);
        return after;
    }

    @Transactional
    public ServiceHall createHall(String regionId, String code, String name, ServiceHall.Level level, String address,
            String openingHours, String phone) {
        repository.region(regionId).orElseThrow(() -> invalid("请选择所属行政区划"));
        String c = require(code, "大厅代码", 16).toUpperCase();
        if (!SHORT_CODE.matcher(c).matches()) {
            throw invalid("大厅代码应为 2–16 位大写字母或数字，以字母开头");
        }
        if (level == null) {
            throw invalid("请选择大厅层级");
        }
        ServiceHall hall = new ServiceHall(new HallId(regionId + "-" + c), regionId, require(name, "大厅名称", 100), level,
                require(address, "地址", 200), require(openingHours, "办公时间", 100), optional(phone, 30), true);
        if (repository.hall(hall.id()).isPresent() || repository.hallNameTaken(hall.name())) {
            throw new OneWindowException(OrganizationErrorCode.ORG_DUPLICATE, "已有同代码或同名称的大厅：" + hall.name());
        }
        repository.insertHall(hall);
        auditLog.record("ORG_HALL_CREATED", "organization.hall", hall.id().value(), null, hall);
        return hall;
    }

    @Transactional
    public ServiceWindow addWindow(HallId hallId, String number, ServiceWindow.Kind kind, DepartmentId departmentId) {
        repository.hall(hallId).orElseThrow(() -> new OneWindowException(OrganizationErrorCode.ORG_HALL_NOT_FOUND,
                "服务大厅 " + hallId.value() + " 不存在"));
        String n = require(number, "窗口编号", 10).toUpperCase();
        if (!WINDOW_NUMBER.matcher(n).matches()) {
            throw invalid("窗口编号应为可选的一个字母加 1–3 位数字，如 A01");
        }
        if (kind == null) {
            throw invalid("请选择窗口类型");
        }
        if (kind == ServiceWindow.Kind.SPECIALIZED && departmentId == null) {
            throw invalid("专业窗口须指定所服务的部门");
        }
        if (departmentId != null && repository.department(departmentId).isEmpty()) {
            throw invalid("部门 " + departmentId.value() + " 不存在");
        }
        if (repository.windowNumberTaken(hallId, n)) {
            throw new OneWindowException(OrganizationErrorCode.ORG_DUPLICATE, "该大厅已有 " + n + " 号窗口");
        }
        ServiceWindow window = new ServiceWindow(UUID.randomUUID(), hallId, n, kind, departmentId, true);
        repository.insertWindow(window);
        auditLog.record("ORG_WINDOW_CREATED", "organization.window", window.id().toString(), null, window);
        return window;
    }

    @Transactional
    public void setWindowActive(UUID windowId, boolean active) {
        ServiceWindow before = repository.window(windowId).orElseThrow(() -> invalid("窗口不存在"));
        repository.setWindowActive(windowId, active);
        auditLog.record(active ? "ORG_WINDOW_OPENED" : "ORG_WINDOW_CLOSED", "organization.window", windowId.toString(),
                before, repository.window(windowId).orElseThrow());
    }

    static String require(String value, String label, int max) {
        return Inputs.required(value, label, max, OrganizationErrorCode.ORG_INVALID_INPUT);
    }

    static String optional(String value, int max) {
        return Inputs.optional(value, "电话", max, OrganizationErrorCode.ORG_INVALID_INPUT);
    }

    static OneWindowException invalid(String detail) {
        return new OneWindowException(OrganizationErrorCode.ORG_INVALID_INPUT, detail);
    }
}
