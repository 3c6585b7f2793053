package io.onewindow.evaluation.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.evaluation.Level;
import io.onewindow.hotline.CallbackRecorded;
import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The 12345 回访 as a rating of the order's lead unit (满意 4, 基本满意 3, 不满意 2). Heard from the stored event after
 * the hotline's transaction commits; a newer 回访 replaces an older one and never the other way round.
 */
@Component
class HotlineRatings {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    HotlineRatings(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    @ApplicationModuleListener
    void on(CallbackRecorded callback) {
        Level level = switch (callback.verdict()) {
            case SATISFIED -> Level.SATISFIED;
            case FAIR -> Level.FAIR;
            case UNSATISFIED -> Level.DISSATISFIED;
        };
        jdbc.sql("""
                insert into evaluation_rating (id, hotline_order, channel, department_id, level, updated_at)
                values (?, ?, 'HOTLINE', ?, ?, ?)
                on conflict (hotline_order) do update set level = excluded.level, updated_at = excluded.updated_at
                where evaluation_rating.updated_at < excluded.updated_at
                returning id""")
                .params(UUID.randomUUID(), callback.orderNumber(), callback.departmentId(), level.score(),
                        Timestamp.from(callback.at()))
                .query(UUID.class).optional()
                .ifPresent(id -> auditLog.record("RATING_GIVEN", "evaluation.rating", id.toString(), null,
                        Map.of("hotline", callback.orderNumber(), "level", level.label())));
    }
}
