package io.onewindow.reform.internal;

import io.onewindow.identity.Role;
import io.onewindow.identity.StaffAccounts;
import io.onewindow.notification.Notifications;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells a unit's 部门管理员 (or the office's 督办人员) what the plan's work needs from them, in their messages. */
@Component
class ReformMessages {

    private final StaffAccounts staff;
    private final Notifications notifications;

    ReformMessages(StaffAccounts staff, Notifications notifications) {
        this.staff = staff;
        this.notifications = notifications;
    }

    void toUnit(String unitId, String subject, String message, String reference) {
        send(unitId, Role.DEPT_ADMIN, subject, message, reference);
    }

    void toOffice(String officeUnit, String subject, String message, String reference) {
        send(officeUnit, Role.SUPERVISOR, subject, message, reference);
    }

    private void send(String unitId, Role role, String subject, String message, String reference) {
        if (!PlanLoading.isDepartment(unitId)) {
            return; // a unit without accounts hears through the office
        }
        for (UUID account : staff.withRole(unitId, role)) {
            notifications.send(new Notifications.Notice(account, null, null, "REFORM_NOTICE",
                    Map.of("subject", subject, "message", message), reference));
        }
    }
}
