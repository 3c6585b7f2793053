package io.onewindow.identity;

import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person as other modules see them.
 *
 * @param departmentId the staff member's department id (organization module), or {@code null}
 * @param hallId the staff member's hall id, or {@code null}
 * @param partyId the citizen or enterprise id for an applicant account, or {@code null} for staff
 */
public record CurrentUser(UUID accountId, String username, String displayName, AccountKind kind, Set<Role> roles,
        String departmentId, String hallId, UUID partyId) implements java.io.Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
