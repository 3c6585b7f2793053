package io.onewindow.audit;

import java.util.List;

/**
 * The platform's audit log. Every module records each state change here, in the same transaction.
 */
public interface AuditLog {

    /**
     * Appends an entry for the current user (or {@code system} outside a request).
     *
     * @param action what happened, e.g. {@code CALENDAR_NOTICE_SAVED}
     * @param objectType the kind of object, e.g. {@code calendar.notice}
     * @param objectId its id
     * @param before state before the change (serialised to JSON), or {@code null} when created
     * @param after state after the change, or {@code null} when removed
     */
    void record(String action, String objectType, String objectId, Object before, Object after);

    /** Newest entries first, optionally filtered by object type and id (blank means any). */
    List<AuditEntry> latest(String objectType, String objectId, int limit);

    /** Re-computes every hash from the first entry and reports the first break. */
    ChainVerification verify();
}
