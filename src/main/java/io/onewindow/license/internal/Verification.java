package io.onewindow.license.internal;

import io.onewindow.license.License;
import io.onewindow.license.Licenses;
import io.onewindow.license.VerificationResult;
import io.onewindow.license.VerificationResult.Status;
import io.onewindow.platform.ChinaTime;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies a licence token: the issuer's key must be one of this city's seals or on the trust list (互认); the
 * SM2 signature must hold over the canonical payload; then the dates, and online the current status.
 */
@Service
class Verification implements Licenses {

    private final Seals seals;
    private final LicenseRepository licenses;
    private final VerificationCache cache;
    private final JsonMapper json;
    /** This city's seal keys by key id: a seal's key never changes, so it is decoded once. */
    private final Map<String, java.security.PublicKey> ownKeys = new java.util.concurrent.ConcurrentHashMap<>();

    Verification(Seals seals, LicenseRepository licenses, VerificationCache cache, JsonMapper json) {
        this.seals = seals;
        this.licenses = licenses;
        this.cache = cache;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public List<License> ofHolder(UUID holderId) {
        return licenses.ofHolder(holderId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<License> latestOfType(UUID holderId, String typeName) {
        return licenses.ofHolder(holderId).stream().filter(l -> l.typeName().equals(typeName)).findFirst();
    }

    /** No transaction: an unrevoked licence of this city is verified from memory ({@link VerificationCache}). */
    @Override
    public VerificationResult verify(String token) {
        LicenseTokens.Parsed parsed = LicenseTokens.parse(token);
        if (parsed == null) {
            return VerificationResult.of(Status.MALFORMED, "内容不是电子证照凭证，或已损坏");
        }
        Issuer issuer = issuer(parsed.keyId()).orElse(null);
        if (issuer == null) {
            return VerificationResult.of(Status.UNTRUSTED_ISSUER, "签发密钥 " + parsed.keyId() + " 不属于本市电子印章，也不在互认名单中");
        }
        boolean signed;
        try {
            java.security.PublicKey key = issuer.region() == null
                    ? ownKeys.computeIfAbsent(parsed.keyId(), k -> decode(issuer.publicKeyHex()))
                    : Sm2.publicKey(issuer.publicKeyHex());
            signed = Sm2.verify(key, parsed.payload().getBytes(StandardCharsets.UTF_8), parsed.signature());
        } catch (Exception e) {
            signed = false;
        }
        if (!signed) {
            return VerificationResult.of(Status.BAD_SIGNATURE, "签名与证照内容不符：证照被篡改，或不是该签发机构签发");
        }
        Map<String, Object> p;
        try {
            p = json.readValue(parsed.payload(), new TypeReference<Map<String, Object>>() { });
        } catch (RuntimeException e) {
            return VerificationResult.of(Status.MALFORMED, "证照内容无法读取");
        }
        LocalDate from = LocalDate.parse(String.valueOf(p.get("validFrom")));
        String untilText = String.valueOf(p.get("validUntil"));
        LocalDate until = "长期".equals(untilText) ? null : LocalDate.parse(untilText);
        Status status = Status.VALID;
        String detail = "签名有效，签发机构：" + p.get("issuer") + (issuer.region() == null ? "" : "（" + issuer.region() + "，互认）");
        LocalDate today = ChinaTime.today();
        if (until != null && today.isAfter(until)) {
            status = Status.EXPIRED;
            detail = "有效期至 " + until + "，已过期";
        }
        Optional<VerificationCache.Standing> stored = issuer.region() == null
                ? cache.standing(String.valueOf(p.get("id"))) : Optional.empty();
        if (stored.isPresent() && "REVOKED".equals(stored.get().status())) {
            status = Status.REVOKED;
            detail = "已于 " + stored.get().since() + " 注销：" + stored.get().reason();
        } else if (stored.isPresent() && "CHANGED".equals(stored.get().status())) {
            status = Status.CHANGED;
            String reason = stored.get().reason();
            detail = reason != null && reason.startsWith("已换发")
                    ? reason + "：本证已作废，请持证人出示新证的亮证码核验"
                    : "已变更，请使用新版证照";
        }
        String label = status == Status.CHANGED && detail.startsWith("已换发") ? "已换发" : status.label();
        return new VerificationResult(status, label, detail, String.valueOf(p.get("id")),
                String.valueOf(p.get("typeName")), String.valueOf(p.get("number")), String.valueOf(p.get("holderName")),
                String.valueOf(p.get("holderCode")), String.valueOf(p.get("issuer")), issuer.region(), from, until);
    }

    private static java.security.PublicKey decode(String hex) {
        try {
            return Sm2.publicKey(hex);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Issuer(String publicKeyHex, String region) {
    }

    /** A seal of this city, or a key on the trust list (with its region). */
    private Optional<Issuer> issuer(String keyId) {
        if (ownKeys.containsKey(keyId)) {
            return Optional.of(new Issuer(null, null));
        }
        Optional<Issuer> own = seals.byKeyId(keyId).map(s -> new Issuer(s.publicKeyHex(), null));
        if (own.isPresent()) {
            return own;
        }
        return cache.trusted(keyId).map(t -> new Issuer(t.publicKeyHex(), t.region()));
    }
}
