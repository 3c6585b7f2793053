package io.onewindow.bundle.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.casework.BundleMembers;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 结果统一送达: the applicant chooses, on the bundle's page, whether its paper results are collected at the 出件 window
 * as each member is decided, or mailed together in one parcel once the whole bundle is 办结.
 */
@Service
public class BundleDelivery {

    private final BundleCases cases;
    private final BundleCaseRepository repository;
    private final BundleMembers members;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    BundleDelivery(BundleCases cases, BundleCaseRepository repository, BundleMembers members, JdbcClient jdbc,
            AuditLog auditLog) {
        this.cases = cases;
        this.repository = repository;
        this.members = members;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** The applicant's choice: WINDOW, or MAIL to an address (applied at once if the bundle is 办结 already). */
    @Transactional
    public void choose(UUID bundleId, String method, String address) {
        var view = cases.view(bundleId); // refuses anyone but the applicant or the clerk who took it in
        if (!"WINDOW".equals(method) && !"MAIL".equals(method)) {
            throw new OneWindowException(PlatformErrorCode.VALIDATION_FAILED, "请选择送达方式");
        }
        String to = "MAIL".equals(method) ? Inputs.required(address, "邮寄地址", 150, PlatformErrorCode.VALIDATION_FAILED) : null;
        jdbc.sql("update bundle_case set delivery_choice = ?, mail_address = ? where id = ?").params(method, to, bundleId).update();
        auditLog.record("BUNDLE_DELIVERY_CHOSEN", "bundle.case", bundleId.toString(), null,
                Map.of("method", method));
        if (view.status().equals("FINISHED")) {
            afterFinish(bundleId);
        }
    }

    /** How the results go: WINDOW, or MAIL with its address. */
    public record Choice(String method, String address) {
    }

    /** The bundle's current choice (the caller has read the bundle's page already). */
    public Choice current(UUID bundleId) {
        return jdbc.sql("select delivery_choice, mail_address from bundle_case where id = ?").param(bundleId)
                .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2))).single();
    }

    /** Once the bundle is 办结: a MAIL choice marks every result still at a window for one mailing. */
    void afterFinish(UUID bundleId) {
        Choice choice = current(bundleId);
        if (!"MAIL".equals(choice.method())) {
            return;
        }
        List<UUID> memberCases = repository.members(bundleId).stream().map(BundleCaseRepository.MemberRow::caseId)
                .filter(Objects::nonNull).toList();
        members.mailTogether(memberCases, choice.address(), "一件事合并邮寄，共 " + memberCases.size() + " 件，编号尾号 "
                + bundleId.toString().substring(0, 8));
    }
}
