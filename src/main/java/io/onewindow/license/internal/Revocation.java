package io.onewindow.license.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.license.License;
import io.onewindow.license.LicenseErrorCode;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 注销: only the issuing department's staff, under its own seal; effective everywhere at once (verification is online). */
@Service
public class Revocation {

    private final LicenseRepository licenses;
    private final AuditLog auditLog;

    Revocation(LicenseRepository licenses, AuditLog auditLog) {
        this.licenses = licenses;
        this.auditLog = auditLog;
    }

    @Transactional
    public void revoke(String licenseId, String reason) {
        License license = licenses.find(licenseId).orElseThrow(() -> new OneWindowException(
                LicenseErrorCode.LICENSE_NOT_FOUND, "电子证照 " + licenseId + " 不存在"));
        CurrentUser user = CurrentUsers.current().orElseThrow();
        boolean issuerStaff = (user.has(Role.APPROVER) || user.has(Role.DEPT_ADMIN))
                && license.issuerDepartment().equals(user.departmentId());
        if (!issuerStaff) {
            throw new OneWindowException(LicenseErrorCode.LICENSE_FORBIDDEN, "只有签发部门的工作人员可以注销本部门签发的证照");
        }
        String why = Inputs.required(reason, "注销原因", 500, LicenseErrorCode.LICENSE_INVALID_INPUT);
        if (licenses.revoke(licenseId, why) != 1) {
            throw new OneWindowException(LicenseErrorCode.LICENSE_WRONG_STATE, "该证照已注销或已变更");
        }
        auditLog.record("LICENSE_REVOKED", "license.license", licenseId, Map.of("status", "VALID"),
                Map.of("status", "REVOKED", "reason", why, "by", user.username()));
    }
}
