package io.onewindow.bundle.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import io.onewindow.platform.PlatformErrorCode;
import java.util.Map;
import java.util.UUID;
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
    private final BundleProgress progress;
    private final AuditLog auditLog;

    BundleDelivery(BundleCases cases, BundleCaseRepository repository, BundleProgress progress, AuditLog auditLog) {
        this.cases = cases;
        this.repository = repository;
        this.progress = progress;
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
        repository.chooseDelivery(bundleId, method, to);
        auditLog.record("BUNDLE_DELIVERY_CHOSEN", "bundle.case", bundleId.toString(), null,
                Map.of("method", method));
        if (view.status().equals("FINISHED")) {
            progress.mailIfChosen(bundleId);
        }
    }

    /** The bundle's current choice (the caller has read the bundle's page already). */
    public BundleCaseRepository.Delivery current(UUID bundleId) {
        return repository.delivery(bundleId);
    }
}
