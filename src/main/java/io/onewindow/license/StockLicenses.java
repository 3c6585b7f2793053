package io.onewindow.license;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * 存量证照归集: licences a department issued before the platform (on paper or in another system) registered under
 * that department's seal, so that holders can use them for 免提交 like any licence issued here.
 */
public interface StockLicenses {

    /** One existing licence. {@code validUntil} null means 长期; {@code holderKind} CITIZEN or ENTERPRISE. */
    record StockLicense(String typeName, String holderKind, UUID holderId, String holderName, String holderCode,
            String issuerDepartment, LocalDate issuedOn, LocalDate validUntil, Map<String, String> data) {
    }

    /** Registers and seals the licence; returns its id. The type must exist in the licence catalogue. */
    String register(StockLicense licence);

    /** 注销 a registered licence that is no longer valid in the issuing department's own records. */
    void revoke(String id, String reason);
}
