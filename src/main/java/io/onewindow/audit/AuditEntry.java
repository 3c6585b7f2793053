package io.onewindow.audit;

import java.time.Instant;

/** One row of the audit log as stored. {@code before}/{@code after} are JSON texts or {@code null}. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String objectType,
        String objectId, String before, String after, String prevHash, String hash) {
}
