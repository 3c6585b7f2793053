package io.onewindow.notification.internal;

import io.onewindow.audit.AuditLog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the admin page shows of the relay: counts per channel and state, failures, and 重新发送 for a dead message. */
@Service
public class RelayStatus {

    public record Count(String channel, String status, long count) {
    }

    /** A message that failed at least once; the address masked. */
    public record Failure(long id, String channel, String addressMask, String template, String status, int attempts,
            Instant nextAttemptAt, String lastError, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final List<Channel> channels;

    RelayStatus(JdbcClient jdbc, AuditLog auditLog, List<Channel> channels) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.channels = channels;
    }

    public List<Count> counts() {
        return jdbc.sql("select channel, status, count(*) from notification_outbox group by channel, status order by 1, 2")
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    public List<Failure> failures(int limit) {
        return jdbc.sql("""
                select * from notification_outbox where status = 'DEAD' or (status = 'PENDING' and attempts > 0)
                order by id desc limit ?""").param(limit)
                .query((rs, n) -> new Failure(rs.getLong("id"), rs.getString("channel"), rs.getString("address_mask"),
                        rs.getString("template"), rs.getString("status"), rs.getInt("attempts"),
                        rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant())).list();
    }

    /** Which channels are configured on this node, e.g. {SMS=true, EMAIL=false}. */
    public Map<String, Boolean> channels() {
        Map<String, Boolean> on = new java.util.TreeMap<>();
        channels.forEach(c -> on.put(c.name(), c.on()));
        return on;
    }

    /** 重新发送: a dead message goes back to the relay with a fresh count of attempts. */
    @Transactional
    public boolean retry(long id) {
        int updated = jdbc.sql("""
                update notification_outbox set status = 'PENDING', attempts = 0, next_attempt_at = now(), lease_until = null
                where id = ? and status = 'DEAD'""").param(id).update();
        if (updated > 0) {
            auditLog.record("NOTIFICATION_RETRIED", "notification.outbox", Long.toString(id), Map.of("status", "DEAD"),
                    Map.of("status", "PENDING"));
        }
        return updated > 0;
    }
}
