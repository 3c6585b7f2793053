package io.onewindow.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** 工作人员账号管理 for system administrators. */
public interface StaffAccounts {

    UUID create(NewStaff staff);

    void setRoles(UUID accountId, Set<Role> roles);

    void setEnabled(UUID accountId, boolean enabled);

    /** Lifts a lockout after failed logins. */
    void unlock(UUID accountId);

    List<AccountSummary> list(String search, int limit);

    boolean exists(String username);

    /** Enabled accounts of a department that hold a role (e.g. the department head for escalations). */
    List<UUID> withRole(String departmentId, Role role);

    /** The name a staff account shows to others (承办人), if the account exists. */
    java.util.Optional<String> displayName(UUID accountId);

    /** One row of the accounts list; no secrets. */
    record AccountSummary(UUID id, String username, String displayName, AccountKind kind, Set<Role> roles,
            String departmentId, String hallId, boolean enabled, boolean locked) {
    }
}
