package io.onewindow.license.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.license.License;
import io.onewindow.license.LicenseErrorCode;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 授权查看: the holder shares one licence with a bank or a landlord through a link with a purpose and an expiry;
 * the link shows only that licence, only until it expires or is revoked, and every access is recorded for the holder.
 */
@Service
public class Consents {

    /** A consent link as its holder sees it. */
    public record Consent(String token, String licenseId, String purpose, Instant expiresAt, Instant revokedAt,
            List<Instant> accesses) {

        public boolean active(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    private static final int MAX_DAYS = 90;

    private final JdbcClient jdbc;
    private final LicenseRepository licenses;
    private final AuditLog auditLog;
    private final SecureRandom random = new SecureRandom();

    private final Wallets wallets;

    Consents(JdbcClient jdbc, LicenseRepository licenses, AuditLog auditLog, Wallets wallets) {
        this.wallets = wallets;
        this.jdbc = jdbc;
        this.licenses = licenses;
        this.auditLog = auditLog;
    }

    @Transactional
    public String create(String licenseId, String purpose, int days) {
        License license = own(licenseId);
        String why = Inputs.required(purpose, "用途", 200, LicenseErrorCode.LICENSE_INVALID_INPUT);
        if (days < 1 || days > MAX_DAYS) {
            throw new OneWindowException(LicenseErrorCode.LICENSE_INVALID_INPUT, "有效天数应为 1–" + MAX_DAYS + " 天");
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        jdbc.sql("insert into license_consent (token, license_id, holder_id, purpose, expires_at) values (?, ?, ?, ?, ?)")
                .params(token, license.id(), license.holderId(), why,
                        ChinaTime.now().plus(days, ChronoUnit.DAYS)).update();
        auditLog.record("LICENSE_CONSENT_CREATED", "license.license", license.id(), null,
                Map.of("purpose", why, "days", days));
        return token;
    }

    @Transactional
    public void revoke(String token) {
        Consent consent = find(token).orElseThrow(Consents::notFound);
        own(consent.licenseId());
        jdbc.sql("update license_consent set revoked_at = now() where token = ? and revoked_at is null").param(token).update();
        auditLog.record("LICENSE_CONSENT_REVOKED", "license.license", consent.licenseId(), null, Map.of("purpose", consent.purpose()));
    }

    /** What a third party sees through a link: the licence, if the link is still good; the access is recorded. */
    @Transactional
    public Optional<License> open(String token, String viewer) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        Optional<Consent> consent = find(token).filter(c -> c.active(ChinaTime.instant()));
        consent.ifPresent(c -> jdbc.sql("insert into license_consent_access (token, viewer) values (?, ?)")
                .params(token, viewer == null ? null : viewer.substring(0, Math.min(200, viewer.length()))).update());
        return consent.flatMap(c -> licenses.find(c.licenseId()));
    }

    public List<Consent> ofLicense(String licenseId) {
        return jdbc.sql("select token from license_consent where license_id = ? order by created_at desc").param(licenseId)
                .query(String.class).list().stream().map(t -> find(t).orElseThrow()).toList();
    }

    private Optional<Consent> find(String token) {
        return jdbc.sql("select * from license_consent where token = ?").param(token).query((rs, n) -> {
            OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
            List<Instant> accesses = jdbc.sql("select accessed_at from license_consent_access where token = ? order by id desc")
                    .param(token).query((r, i) -> r.getObject(1, OffsetDateTime.class).toInstant()).list();
            return new Consent(rs.getString("token").strip(), rs.getString("license_id"), rs.getString("purpose"),
                    rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                    revoked == null ? null : revoked.toInstant(), accesses);
        }).optional();
    }

    private License own(String licenseId) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        return wallets.own(user, licenseId).orElseThrow(Consents::notFound);
    }

    private static OneWindowException notFound() {
        return new OneWindowException(LicenseErrorCode.LICENSE_NOT_FOUND, "电子证照或授权不存在");
    }
}
