package io.onewindow.license.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.onewindow.platform.AfterCommit;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What verification reads from the database, held in memory so that a licence is verified without a database round
 * trip: each licence's standing (有效 / 注销 / 变更) and the 互认 issuers' keys. A change made on this node takes effect
 * here as soon as it commits; a change made on another node is seen here within {@link #STALENESS} at the latest —
 * the documented bound on how long a revocation elsewhere can go unseen (docs/license.md).
 */
@Component
class VerificationCache {

    /** How long a node may answer from memory after another node changed a licence or the trust list. */
    static final Duration STALENESS = Duration.ofSeconds(30);

    /** A licence's status as the database holds it; {@code since} is the status date (yyyy-MM-dd), null while valid. */
    record Standing(String status, String reason, String since) {
    }

    /** A 互认 issuer's key and region. */
    record Trusted(String publicKeyHex, String region) {
    }

    private final JdbcClient jdbc;
    private final Cache<String, Optional<Standing>> standings;
    private final Cache<String, Optional<Trusted>> trusted;

    @org.springframework.beans.factory.annotation.Autowired
    VerificationCache(JdbcClient jdbc) {
        this(jdbc, Ticker.systemTicker());
    }

    /** With a given clock, so a test can show the staleness bound without waiting for it. */
    VerificationCache(JdbcClient jdbc, Ticker ticker) {
        this.jdbc = jdbc;
        this.standings = Caffeine.newBuilder().expireAfterWrite(STALENESS).maximumSize(200_000).ticker(ticker).build();
        this.trusted = Caffeine.newBuilder().expireAfterWrite(STALENESS).maximumSize(10_000).ticker(ticker).build();
    }

    /** The stored licence's standing, or empty for a licence this city never stored (e.g. another region's). */
    Optional<Standing> standing(String licenseId) {
        return standings.get(licenseId, id -> jdbc.sql("""
                select status, status_reason, to_char(status_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')
                from license_license where id = ?""").param(id)
                .query((rs, n) -> new Standing(rs.getString(1), rs.getString(2), rs.getString(3))).optional());
    }

    Optional<Trusted> trusted(String keyId) {
        return trusted.get(keyId, id -> jdbc.sql("select public_key_hex, region_name from license_trusted_issuer where key_id = ?")
                .param(id).query((rs, n) -> new Trusted(rs.getString(1), rs.getString(2))).optional());
    }

    /** After the current transaction commits (or at once outside one), the licences' standing is read afresh. */
    void licencesChanged(Iterable<String> ids) {
        // before the commit, a concurrent verification could put the old status back for STALENESS
        AfterCommit.run(() -> ids.forEach(standings::invalidate));
    }

    void trustListChanged(String keyId) {
        AfterCommit.run(() -> trusted.invalidate(keyId));
    }
}
