package io.onewindow.identity.internal;

import static io.onewindow.identity.internal.OrganizationFile.invalid;

import io.onewindow.identity.Role;
import io.onewindow.identity.internal.OrganizationFile.Line;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.HallId;
import io.onewindow.organization.OrganizationImports;
import io.onewindow.organization.OrganizationImports.Outcome;
import io.onewindow.organization.ServiceHall;
import io.onewindow.organization.ServiceWindow;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Writes one line of the organisation file, reading its Chinese cells (状态 启用/停用, 层级, 窗口类型, 角色). */
@Component
class OrganizationRows {

    private final OrganizationImports organization;
    private final StaffUpserts staff;

    OrganizationRows(OrganizationImports organization, StaffUpserts staff) {
        this.organization = organization;
        this.staff = staff;
    }

    StaffUpserts.Result write(Line line, boolean mustChangePassword) {
        switch (line.kind()) {
            case DEPARTMENTS:
                return of(organization.department(line.get("区划代码"), line.get("部门代码"), line.get("部门名称"),
                        line.get("简称"), active(line)));
            case HALLS:
                return of(organization.hall(line.get("区划代码"), line.get("大厅代码"), line.get("大厅名称"),
                        level(line.get("层级")), line.get("地址"), line.get("办公时间"), line.get("电话"), active(line)));
            case WINDOWS:
                return of(organization.window(line.get("大厅") == null ? null : new HallId(line.get("大厅")),
                        line.get("窗口编号"), kind(line.get("窗口类型")),
                        line.get("部门") == null ? null : new DepartmentId(line.get("部门")), active(line)));
            default:
                return staff.upsert(line.get("用户名"), line.get("姓名"), line.get("部门"), line.get("大厅"),
                        roles(line.get("角色")), active(line), line.get("初始密码"), mustChangePassword);
        }
    }

    private static StaffUpserts.Result of(Outcome outcome) {
        return new StaffUpserts.Result(outcome, null);
    }

    static boolean active(Line line) {
        String v = line.get("状态");
        if (v == null || v.equals("启用") || v.equals("在用")) {
            return true;
        }
        if (v.equals("停用") || v.equals("禁用")) {
            return false;
        }
        throw invalid("状态应为“启用”或“停用”，而不是“" + v + "”");
    }

    static ServiceHall.Level level(String v) {
        if (v == null) {
            throw invalid("请填写层级：市级、县级或乡镇");
        }
        for (ServiceHall.Level l : ServiceHall.Level.values()) {
            if (l.name().equalsIgnoreCase(v) || l.label().equals(v) || l.label().startsWith(v)) {
                return l;
            }
        }
        throw invalid("层级应为 市级、县级 或 乡镇，而不是“" + v + "”");
    }

    static ServiceWindow.Kind kind(String v) {
        if (v == null) {
            throw invalid("请填写窗口类型：无差别综合窗口、专业窗口或重大项目服务专区");
        }
        for (ServiceWindow.Kind k : ServiceWindow.Kind.values()) {
            if (k.name().equalsIgnoreCase(v) || k.label().equals(v) || k.label().endsWith(v) && v.length() >= 4) {
                return k;
            }
        }
        throw invalid("窗口类型应为 无差别综合窗口、专业窗口 或 重大项目服务专区，而不是“" + v + "”");
    }

    /** 角色: Chinese labels or role names, separated by 、，, ; or spaces. */
    static Set<Role> roles(String v) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (v == null) {
            return roles;
        }
        for (String part : v.split("[、，,;；\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            roles.add(Arrays.stream(Role.values()).filter(r -> r.label().equals(part) || r.name().equalsIgnoreCase(part))
                    .findFirst().orElseThrow(() -> invalid("角色“" + part + "”不存在（可用：" + String.join("、",
                            Arrays.stream(Role.values()).filter(r -> r != Role.APPLICANT).map(Role::label).toList()) + "）")));
        }
        return roles;
    }
}
