package io.onewindow.identity;

import java.util.Set;

/** A staff account to create: belongs to a department and/or a hall, holds one or more roles. */
public record NewStaff(String username, String password, String displayName, String departmentId, String hallId,
        Set<Role> roles) {
}
