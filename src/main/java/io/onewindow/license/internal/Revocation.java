package io.onewindow.license.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
import io.onewindow.license.License;
import io.onewindow.license.LicenseErrorCode;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 注销 and 变更: only the issuing department's staff, under its own seal; effective everywhere at once (verification
 * is online). A change issues a new version with the new data items and marks the old one 已变更.
 */
@Service
public class Revocation {

    private final LicenseRepository licenses;
    private final AuditLog auditLog;
    private final Issuance issuance;
    private final LicenseTypes types;

    Revocation(LicenseRepository licenses, AuditLog auditLog, Issuance issuance, LicenseTypes types) {
        this.licenses = licenses;
        this.auditLog = auditLog;
        this.issuance = issuance;
        this.types = types;
    }

    /** 变更: a new version with changed data items; the old one answers 已变更 from now on. Returns the new id. */
    @Transactional
    public String change(String licenseId, java.util.Map<String, String> newData) {
        License old = issuerLicense(licenseId);
        if (!"VALID".equals(old.status())) {
            throw new OneWindowException(LicenseErrorCode.LICENSE_WRONG_STATE, "只有有效的证照可以变更");
        }
        if (newData == null || newData.isEmpty() || newData.equals(old.data())) {
            throw new OneWindowException(LicenseErrorCode.LICENSE_INVALID_INPUT, "请填写变更后的照面信息");
        }
        var type = types.all().stream().filter(t -> t.code().equals(old.typeCode())).findFirst().orElseThrow();
        String id = issuance.issue(new Issuance.Request(type, old.holderKind(), old.holderId(), old.holderName(),
                old.holderCode(), old.issuerDepartment(), old.regionCode(), ChinaTime.today(),
                old.validUntil(), newData, null));
        licenses.markChanged(licenseId, id);
        auditLog.record("LICENSE_CHANGED", "license.license", licenseId, old.data(), Map.of("replacedBy", id, "data", newData));
        return id;
    }

    private License issuerLicense(String licenseId) {
        License license = licenses.find(licenseId).orElseThrow(() -> new OneWindowException(
                LicenseErrorCode.LICENSE_NOT_FOUND, "电子证照 " + licenseId + " 不存在"));
        CurrentUser user = CurrentUsers.current().orElseThrow();
        boolean issuerStaff = (user.has(Role.APPROVER) || user.has(Role.DEPT_ADMIN))
                && license.issuerDepartment().equals(user.departmentId());
        if (!issuerStaff) {
            throw new OneWindowException(LicenseErrorCode.LICENSE_FORBIDDEN, "只有签发部门的工作人员可以注销或变更本部门签发的证照");
        }
        return license;
    }

    @Transactional
    public void revoke(String licenseId, String reason) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        issuerLicense(licenseId);
        String why = Inputs.required(reason, "注销原因", 500, LicenseErrorCode.LICENSE_INVALID_INPUT);
        if (licenses.revoke(licenseId, why) != 1) {
            throw new OneWindowException(LicenseErrorCode.LICENSE_WRONG_STATE, "该证照已注销或已变更");
        }
        auditLog.record("LICENSE_REVOKED", "license.license", licenseId, Map.of("status", "VALID"),
                Map.of("status", "REVOKED", "reason", why, "by", user.username()));
    }
}
