package io.onewindow.identity.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.AccountKind;
import io.onewindow.identity.IdentityErrorCode;
import io.onewindow.identity.NewLogin;
import io.onewindow.identity.Role;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.HallId;
import io.onewindow.organization.Organization;
import io.onewindow.organization.OrganizationImports.Outcome;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A staff row of the organisation file, written by username: a new account gets its password (given, or generated
 * and returned) and must change it at first sign-in; an existing one has its name, department, hall, roles and
 * state updated — never its password. Runs inside the import's transaction.
 */
@Component
class StaffUpserts {

    /** {@code password} is set only when the platform generated one for a new account. */
    record Result(Outcome outcome, String password) {
    }

    private final AccountRepository accounts;
    private final Organization organization;
    private final PasswordEncoder encoder;
    private final AuditLog auditLog;

    StaffUpserts(AccountRepository accounts, Organization organization, PasswordEncoder encoder, AuditLog auditLog) {
        this.accounts = accounts;
        this.organization = organization;
        this.encoder = encoder;
        this.auditLog = auditLog;
    }

    Result upsert(String username, String displayName, String departmentId, String hallId, Set<Role> roles,
            boolean enabled, String password, boolean mustChangePassword) {
        String name = Inputs.required(displayName, "姓名", 50, IdentityErrorCode.IDENTITY_INVALID_INPUT);
        String user = username == null ? "" : username.strip().toLowerCase();
        LoginRules.check(new NewLogin(user, "Checked1")); // the username's rule only
        if (departmentId == null && hallId == null) {
            throw invalid("工作人员须属于一个部门或一个服务大厅");
        }
        if (departmentId != null && organization.department(new DepartmentId(departmentId)).isEmpty()) {
            throw invalid("部门 " + departmentId + " 不存在");
        }
        if (hallId != null && organization.hall(new HallId(hallId)).isEmpty()) {
            throw invalid("服务大厅 " + hallId + " 不存在");
        }
        if (roles.isEmpty()) {
            throw invalid("请至少填写一个角色");
        }
        if (roles.contains(Role.APPLICANT)) {
            throw invalid("“办事群众/企业”角色只用于自行注册的账号，不能分配给工作人员账号");
        }
        var existing = accounts.byUsername(user);
        if (existing.isPresent()) {
            return new Result(update(existing.get(), name, departmentId, hallId, roles, enabled), null);
        }
        String initial = password == null || password.isBlank() ? FirstAdministrator.oneTimePassword() : password;
        LoginRules.checkPassword(initial);
        UUID id = UUID.randomUUID();
        accounts.insert(id, user, encoder.encode(initial), name, AccountKind.STAFF, null, null, departmentId, hallId, roles);
        if (!enabled) {
            accounts.setEnabled(id, false);
        }
        if (mustChangePassword) {
            accounts.requirePasswordChange(id);
        }
        auditLog.record("STAFF_ACCOUNT_CREATED", "identity.account", id.toString(), null, view(user, name, departmentId,
                hallId, roles, enabled));
        return new Result(Outcome.CREATED, password == null || password.isBlank() ? initial : null);
    }

    private Outcome update(AccountRepository.AccountRow before, String name, String departmentId, String hallId,
            Set<Role> roles, boolean enabled) {
        if (before.kind() != AccountKind.STAFF) {
            throw invalid("用户名“" + before.username() + "”已是群众或企业自行注册的账号，不能用作工作人员账号");
        }
        if (name.equals(before.displayName()) && Objects.equals(departmentId, before.departmentId())
                && Objects.equals(hallId, before.hallId()) && roles.equals(before.roles()) && enabled == before.enabled()) {
            return Outcome.UNCHANGED;
        }
        accounts.updateStaff(before.id(), name, departmentId, hallId);
        accounts.replaceRoles(before.id(), roles);
        accounts.setEnabled(before.id(), enabled);
        auditLog.record("STAFF_ACCOUNT_UPDATED", "identity.account", before.id().toString(),
                view(before.username(), before.displayName(), before.departmentId(), before.hallId(), before.roles(),
                        before.enabled()),
                view(before.username(), name, departmentId, hallId, roles, enabled));
        return Outcome.UPDATED;
    }

    private static Map<String, Object> view(String username, String name, String departmentId, String hallId,
            Set<Role> roles, boolean enabled) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("username", username);
        v.put("displayName", name);
        v.put("departmentId", departmentId);
        v.put("hallId", hallId);
        v.put("roles", roles.stream().map(Role::name).sorted().toList());
        v.put("enabled", enabled);
        return v;
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(IdentityErrorCode.IDENTITY_INVALID_INPUT, detail);
    }
}
