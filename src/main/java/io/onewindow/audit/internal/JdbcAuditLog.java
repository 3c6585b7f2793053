package io.onewindow.audit.internal;

import io.onewindow.audit.AuditEntry;
import io.onewindow.audit.AuditLog;
import io.onewindow.audit.ChainVerification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcAuditLog implements AuditLog {

    /** Serialises appends across all nodes: the chain needs one writer at a time. */
    private static final long CHAIN_LOCK = 0x4155444954L;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Appends at the end of the caller's transaction, just before it commits: the chain's lock is then held for the
     * appends and the commit only, not for the whole business transaction (a case accepted with its Flowable
     * process held it for milliseconds, and every other change in the city waited). Still one transaction: if the
     * append fails, the change it records is rolled back with it.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String objectType, String objectId, Object before, Object after) {
        Pending entry = new Pending(currentActor(), action, objectType, objectId, toJson(before), toJson(after));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            append(List.of(entry));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Pending> pending = (List<Pending>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            List<Pending> batch = new java.util.ArrayList<>();
            TransactionSynchronizationManager.bindResource(PENDING, batch);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    append(batch);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = batch;
        }
        pending.add(entry);
    }

    /** An entry recorded in this transaction, not yet on the chain. */
    private record Pending(String actor, String action, String objectType, String objectId, String before, String after) {
    }

    private static final Object PENDING = new Object();

    /** Reading the log in the transaction that recorded entries: they are appended first, so it reads its own writes. */
    private void appendPending() {
        @SuppressWarnings("unchecked")
        List<Pending> pending = (List<Pending>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending != null && !pending.isEmpty()) {
            append(List.copyOf(pending));
            pending.clear();
        }
    }

    private void append(List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
        var last = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
        long seq = last.map(r -> (Long) r[0]).orElse(0L);
        String prevHash = last.map(r -> (String) r[1]).orElse(AuditHashing.GENESIS);
        for (Pending e : entries) {
            seq++;
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String hash = AuditHashing.hash(seq, at, e.actor(), e.action(), e.objectType(), e.objectId(), e.before(),
                    e.after(), prevHash);
            jdbc.sql("""
                    insert into audit_entry (seq, occurred_at, actor, action, object_type, object_id,
                                             before_state, after_state, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(seq, at.atOffset(ZoneOffset.UTC), e.actor(), e.action(), e.objectType(), e.objectId(),
                            e.before(), e.after(), prevHash, hash)
                    .update();
            prevHash = hash;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(String objectType, String objectId, int limit) {
        appendPending();
        return jdbc.sql("""
                select * from audit_entry
                where (cast(:type as text) is null or object_type = :type)
                  and (cast(:id as text) is null or object_id = :id)
                order by seq desc limit :limit""")
                .param("type", blankToNull(objectType))
                .param("id", blankToNull(objectId))
                .param("limit", Math.min(Math.max(limit, 1), 1000))
                .query(JdbcAuditLog::map).list();
    }

    @Override
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        appendPending();
        AtomicLong checked = new AtomicLong();
        AtomicReference<String> prev = new AtomicReference<>(AuditHashing.GENESIS);
        AtomicReference<ChainVerification> broken = new AtomicReference<>();
        jdbc.sql("select * from audit_entry order by seq").query((RowCallbackHandler) rs -> {
            if (broken.get() != null) {
                return;
            }
            AuditEntry e = map(rs, 0);
            long expectedSeq = checked.incrementAndGet();
            broken.set(check(e, expectedSeq, prev.get(), checked.get()));
            prev.set(e.hash());
        });
        return broken.get() != null ? broken.get() : ChainVerification.ok(checked.get());
    }

    private static ChainVerification check(AuditEntry e, long expectedSeq, String expectedPrev, long checked) {
        if (e.seq() != expectedSeq) {
            return ChainVerification.broken(checked, expectedSeq, "第 " + expectedSeq + " 条记录缺失（可能被删除）");
        }
        if (!e.prevHash().equals(expectedPrev)) {
            return ChainVerification.broken(checked, e.seq(), "第 " + e.seq() + " 条记录与前一条的链接不符（前序记录被改动或删除）");
        }
        String recomputed = AuditHashing.hash(e.seq(), e.occurredAt(), e.actor(), e.action(), e.objectType(),
                e.objectId(), e.before(), e.after(), e.prevHash());
        if (!recomputed.equals(e.hash())) {
            return ChainVerification.broken(checked, e.seq(), "第 " + e.seq() + " 条记录的内容与其哈希不符（记录被改动）");
        }
        return null;
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        return state instanceof String s ? s : json.writeValueAsString(state);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return "system";
        }
        return auth instanceof AnonymousAuthenticationToken ? "anonymous" : auth.getName();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("before_state"), rs.getString("after_state"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
