package io.onewindow.audit.internal;

import java.time.Instant;

/** Lets tests forge a hash the way an attacker who knows the algorithm could. */
public final class AuditHashingAccess {

    private AuditHashingAccess() {
    }

    public static String hash(long seq, Instant at, String actor, String action, String objectType, String objectId,
            String before, String after, String prevHash) {
        return AuditHashing.hash(seq, at, actor, action, objectType, objectId, before, after, prevHash);
    }
}
