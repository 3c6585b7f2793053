package io.onewindow.audit.internal;

import io.onewindow.platform.Sm3;
import java.time.Instant;

/**
 * The chain hash: SM3 over the entry's fields, each written as {@code length:value;} so that no two
 * different field lists can produce the same input, followed by the previous entry's hash.
 */
final class AuditHashing {

    static final String GENESIS = "0".repeat(64);

    private AuditHashing() {
    }

    static String hash(long seq, Instant at, String actor, String action, String objectType, String objectId,
            String before, String after, String prevHash) {
        StringBuilder input = new StringBuilder(256);
        for (String field : new String[] {Long.toString(seq), at.toString(), actor, action, objectType, objectId,
                before, after, prevHash}) {
            String value = field == null ? "\u0000" : field;
            input.append(value.length()).append(':').append(value).append(';');
        }
        return Sm3.hex(input.toString());
    }
}
