package io.onewindow.identity.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.AccountKind;
import io.onewindow.identity.IdentityErrorCode;
import io.onewindow.identity.NewLogin;
import io.onewindow.identity.NewStaff;
import io.onewindow.identity.Role;
import io.onewindow.identity.StaffAccounts;
import io.onewindow.organization.DepartmentId;
import io.onewindow.organization.HallId;
import io.onewindow.organization.Organization;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffAccountService implements StaffAccounts {

    private final AccountRepository accounts;
    private final Organization organization;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    StaffAccountService(AccountRepository accounts, Organization organization, PasswordEncoder passwordEncoder,
            AuditLog auditLog, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.organization = organization;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional
    public UUID create(NewStaff staff) {
        LoginRules.check(new NewLogin(staff.username(), staff.password()));
        String name = Inputs.required(staff.displayName(), "姓名", 50, IdentityErrorCode.IDENTITY_INVALID_INPUT);
        String department = blankToNull(staff.departmentId());
        String hall = blankToNull(staff.hallId());
        if (department == null && hall == null) {
            throw invalid("工作人员须属于一个部门或一个服务大厅");
        }
        if (department != null && organization.department(new DepartmentId(department)).isEmpty()) {
            throw invalid("部门 " + department + " 不存在");
        }
        if (hall != null && organization.hall(new HallId(hall)).isEmpty()) {
            throw invalid("服务大厅 " + hall + " 不存在");
        }
        Set<Role> roles = staffRoles(staff.roles());
        if (accounts.usernameTaken(staff.username().strip())) {
            throw new OneWindowException(IdentityErrorCode.IDENTITY_DUPLICATE_USERNAME,
                    "用户名“" + staff.username().strip() + "”已被使用");
        }
        UUID id = UUID.randomUUID();
        accounts.insert(id, staff.username().strip(), passwordEncoder.encode(staff.password()), name, AccountKind.STAFF,
                null, null, department, hall, roles);
        accounts.requirePasswordChange(id); // a password someone else chose: the person changes it at the first sign-in
        auditLog.record("STAFF_ACCOUNT_CREATED", "identity.account", id.toString(), null,
                accounts.byId(id).orElseThrow().summary(clock.instant()));
        return id;
    }

    @Override
    @Transactional
    public void setRoles(UUID accountId, Set<Role> roles) {
        var before = get(accountId);
        accounts.replaceRoles(accountId, staffRoles(roles));
        auditLog.record("ACCOUNT_ROLES_CHANGED", "identity.account", accountId.toString(),
                Map.of("roles", before.roles()), Map.of("roles", roles));
    }

    @Override
    @Transactional
    public void setEnabled(UUID accountId, boolean enabled) {
        var before = get(accountId);
        accounts.setEnabled(accountId, enabled);
        auditLog.record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "identity.account", accountId.toString(),
                Map.of("enabled", before.enabled()), Map.of("enabled", enabled));
    }

    @Override
    @Transactional
    public void unlock(UUID accountId) {
        get(accountId);
        accounts.unlock(accountId);
        auditLog.record("ACCOUNT_UNLOCKED", "identity.account", accountId.toString(), null, null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountSummary> list(String search, int limit) {
        return accounts.search(search, Math.min(Math.max(limit, 1), 500)).stream()
                .map(a -> a.summary(clock.instant())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.usernameTaken(username);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> withRole(String departmentId, Role role) {
        return accounts.withRole(departmentId, role);
    }

    @Override
    public java.util.Optional<String> displayName(UUID accountId) {
        return accounts.byId(accountId).map(AccountRepository.AccountRow::displayName);
    }

    private AccountRepository.AccountRow get(UUID id) {
        return accounts.byId(id).orElseThrow(() -> new OneWindowException(IdentityErrorCode.IDENTITY_ACCOUNT_NOT_FOUND,
                "账号不存在"));
    }

    private static Set<Role> staffRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw invalid("请至少选择一个角色");
        }
        if (roles.contains(Role.APPLICANT)) {
            throw invalid("“办事群众/企业”角色只用于自行注册的账号，不能分配给工作人员账号");
        }
        return Set.copyOf(roles);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(IdentityErrorCode.IDENTITY_INVALID_INPUT, detail);
    }
}
