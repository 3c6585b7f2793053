package io.onewindow.casework.internal;

import io.onewindow.identity.Role;
import io.onewindow.identity.StaffAccounts;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.Organization;
import io.onewindow.workflow.DepartmentRoles;
import org.springframework.stereotype.Component;

/** Answers workflow's staffing question from the organisation and the staff accounts. */
@Component
class DepartmentRolesAdapter implements DepartmentRoles {

    private final Organization organization;
    private final StaffAccounts staff;

    DepartmentRolesAdapter(Organization organization, StaffAccounts staff) {
        this.organization = organization;
        this.staff = staff;
    }

    @Override
    public String problem(String departmentId, String role) {
        var department = organization.department(new DepartmentId(departmentId));
        if (department.isEmpty()) {
            return "部门 " + departmentId + " 不存在";
        }
        Role r = Role.valueOf(role);
        if (staff.withRole(departmentId, r).isEmpty()) {
            return department.get().name() + "没有启用的“" + r.label() + "”账号，办件会无人办理；请先开通账号";
        }
        return null;
    }
}
