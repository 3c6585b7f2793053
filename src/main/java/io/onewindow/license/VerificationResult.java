package io.onewindow.license;

import java.time.LocalDate;

/**
 * The answer to "is this licence good?", always one named state, never a bare "invalid".
 *
 * @param detail the Chinese explanation (e.g. the revocation date and reason)
 * @param issuerRegion where the issuer is, for licences of other regions recognised through the trust list (互认)
 */
public record VerificationResult(Status status, String label, String detail, String licenseId, String typeName,
        String number, String holderName, String holderCode, String issuerName, String issuerRegion, LocalDate validFrom,
        LocalDate validUntil) {

    public enum Status {
        VALID("有效"), REVOKED("已注销"), EXPIRED("已过期"), CHANGED("已变更"), BAD_SIGNATURE("签名无效"),
        UNTRUSTED_ISSUER("签发机构不受信任"), MALFORMED("无法识别");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static VerificationResult of(Status status, String detail) {
        return new VerificationResult(status, status.label(), detail, null, null, null, null, null, null, null, null, null);
    }
}
