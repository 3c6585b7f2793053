package io.onewindow.casework.internal;

import io.onewindow.casework.CaseworkErrorCode;
import io.onewindow.casework.HeldLicenses;
import io.onewindow.catalog.Catalog;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.platform.OneWindowException;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * 换发/补发: applying for a personal document one already holds valid (a 社会保障卡, a 驾驶证) is a reissue, and says
 * why; the new document replaces the old one. Per-object licences (a birth, a business, a premises) are not reissues.
 */
@Component
public class Reissues {

    /** 换发 (damaged, expiring, details changed) or 补发 (lost). */
    public static final List<String> REASONS = List.of("换发", "补发");

    private final Catalog catalog;
    private final ObjectProvider<HeldLicenses> heldLicenses;

    Reissues(Catalog catalog, ObjectProvider<HeldLicenses> heldLicenses) {
        this.catalog = catalog;
        this.heldLicenses = heldLicenses;
    }

    /** The valid personal document this item issues, if the signed-in applicant already holds one. */
    public Optional<HeldLicenses.HeldLicense> heldResult(String itemCode) {
        CurrentUser user = CurrentUsers.current().orElse(null);
        String type = catalog.published(itemCode).map(v -> v.guide().resultLicenseType()).orElse(null);
        if (user == null || user.partyId() == null || type == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(heldLicenses.getIfAvailable()).flatMap(h -> h.latest(user.partyId(), type))
                .filter(l -> l.usable() && l.onePerHolder());
    }

    /** Refuses to start a reissue without its reason. */
    void requireReason(Optional<HeldLicenses.HeldLicense> held, String reason) {
        if (held.isPresent() && !REASONS.contains(reason == null ? "" : reason)) {
            throw new OneWindowException(CaseworkErrorCode.CASE_INVALID_INPUT, "您已持有有效的“" + held.get().typeName()
                    + "”（编号 " + held.get().number() + "）。如需换发或补发，请选择原因后再申请：新证签发后，原证自动作废");
        }
    }
}
