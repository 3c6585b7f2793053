package io.onewindow.license;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** An issued electronic licence with its GB/T 36903 metadata, as its holder and the issuer see it. */
public record License(String id, String typeCode, String typeName, String number, String holderKind, UUID holderId,
        String holderName, String holderCode, String holderCodeType, String issuerDepartment, String issuerName,
        LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil, String regionCode, Map<String, String> data,
        String status, String statusReason, String token) {

    /** 有效 / 已注销 / 已过期 / 已变更, as of {@code today}. */
    public String statusLabel(LocalDate today) {
        return switch (status) {
            case "REVOKED" -> "已注销";
            case "CHANGED" -> "已变更";
            default -> validUntil != null && today.isAfter(validUntil) ? "已过期" : "有效";
        };
    }

    /** The data items as “项目=内容” lines, as the change form takes them. */
    public String dataLines() {
        return String.join("\n", data.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    public boolean usable(LocalDate today) {
        return "VALID".equals(status) && (validUntil == null || !today.isAfter(validUntil));
    }
}
