package io.onewindow.catalog.internal;

import io.onewindow.catalog.CatalogErrorCode;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.platform.OneWindowException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who may do what to the catalogue: a department's DEPT_ADMIN maintains that department's items; the city's
 * 政务服务 administration (DEPT_ADMIN of {@code onewindow.catalog.review-department}) and SYS_ADMIN review and
 * publish everything.
 */
@Component
public class CatalogPermissions {

    private final String reviewDepartment;

    CatalogPermissions(@Value("${onewindow.catalog.review-department:511100-ZWJ}") String reviewDepartment) {
        this.reviewDepartment = reviewDepartment;
    }

    public boolean canReview(CurrentUser user) {
        return user != null && (user.has(Role.SYS_ADMIN)
                || (user.has(Role.DEPT_ADMIN) && reviewDepartment.equals(user.departmentId())));
    }

    public boolean canEdit(CurrentUser user, String departmentId) {
        return user != null && (canReview(user) || (user.has(Role.DEPT_ADMIN) && departmentId.equals(user.departmentId())));
    }

    CurrentUser requireEditor(String departmentId) {
        CurrentUser user = CurrentUsers.current().orElse(null);
        if (!canEdit(user, departmentId)) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_FORBIDDEN, "只有本部门管理员或政务服务管理部门可以维护该事项");
        }
        return user;
    }

    CurrentUser requireReviewer() {
        CurrentUser user = CurrentUsers.current().orElse(null);
        if (!canReview(user)) {
            throw new OneWindowException(CatalogErrorCode.CATALOG_FORBIDDEN, "只有政务服务管理部门可以审核发布事项");
        }
        return user;
    }
}
