package io.onewindow.license.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.license.LicenseErrorCode;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 互认: other regions' issuers whose licences verify here as 有效, maintained by system administrators. */
@Service
public class TrustList {

    /** A trusted issuer of another region. */
    public record Trusted(String keyId, String regionName, String issuerName, String publicKeyHex) {
    }

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final VerificationCache cache;

    TrustList(JdbcClient jdbc, AuditLog auditLog, VerificationCache cache) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.cache = cache;
    }

    public List<Trusted> all() {
        return jdbc.sql("select * from license_trusted_issuer order by region_name, issuer_name")
                .query((rs, n) -> new Trusted(rs.getString("key_id"), rs.getString("region_name"), rs.getString("issuer_name"),
                        rs.getString("public_key_hex"))).list();
    }

    /** Adds an issuer by its SM2 public key (uncompressed hex); the key id is the one its tokens carry. */
    @Transactional
    public void add(String keyId, String region, String issuer, String publicKeyHex, String by) {
        String id = Inputs.required(keyId, "密钥标识", 64, LicenseErrorCode.LICENSE_INVALID_INPUT);
        String hex = Inputs.required(publicKeyHex, "SM2 公钥", 200, LicenseErrorCode.LICENSE_INVALID_INPUT).toLowerCase();
        try {
            Sm2.publicKey(hex);
        } catch (Exception e) {
            throw new OneWindowException(LicenseErrorCode.LICENSE_INVALID_INPUT,
                    "公钥不是 sm2p256v1 曲线上的点，应为 04 开头的 130 位十六进制（未压缩格式）");
        }
        int added = jdbc.sql("""
                insert into license_trusted_issuer (key_id, region_name, issuer_name, public_key_hex, added_by)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(id, Inputs.required(region, "所属地区", 100, LicenseErrorCode.LICENSE_INVALID_INPUT),
                        Inputs.required(issuer, "签发机构", 100, LicenseErrorCode.LICENSE_INVALID_INPUT), hex, by)
                .update();
        if (added == 0) {
            throw new OneWindowException(LicenseErrorCode.LICENSE_INVALID_INPUT, "密钥标识 " + id + " 已在互认名单中");
        }
        cache.trustListChanged(id);
        auditLog.record("LICENSE_TRUST_ADDED", "license.trust", id, null, Map.of("region", region, "issuer", issuer));
    }

    @Transactional
    public void remove(String keyId) {
        if (jdbc.sql("delete from license_trusted_issuer where key_id = ?").param(keyId).update() == 1) {
            cache.trustListChanged(keyId);
            auditLog.record("LICENSE_TRUST_REMOVED", "license.trust", keyId, Map.of("keyId", keyId), null);
        }
    }
}
