package io.onewindow.casework.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.casework.ClockState;
import io.onewindow.identity.Role;
import io.onewindow.identity.StaffAccounts;
import io.onewindow.notification.Notifications;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches every running case's statutory clock on the working-day calendar (never Flowable's plain durations):
 * a reminder to the department's approvers one working day before 黄灯, an escalation to the department head at
 * 红灯. Every node runs the watch; a unique row per case, kind and due date makes each alert go out exactly once.
 */
@Component
public class ClockWatch {

    private static final Logger log = LoggerFactory.getLogger(ClockWatch.class);
    private static final int REMIND_AT = 3;

    private final CaseRepository cases;
    private final AcceptanceDecisions decisions;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final StaffAccounts staffAccounts;
    private final Notifications notifications;
    private final boolean enabled;

    ClockWatch(CaseRepository cases, AcceptanceDecisions decisions, JdbcClient jdbc, AuditLog auditLog,
            TransactionTemplate transaction, StaffAccounts staffAccounts, Notifications notifications,
            @org.springframework.beans.factory.annotation.Value("${onewindow.clock-watch.enabled:true}") boolean enabled) {
        this.notifications = notifications;
        this.enabled = enabled;
        this.cases = cases;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.staffAccounts = staffAccounts;
    }

    @Scheduled(initialDelayString = "${onewindow.clock-watch.initial-delay:60s}",
            fixedDelayString = "${onewindow.clock-watch.interval:5m}")
    public void watch() {
        if (!enabled) {
            return; // Spring Session's cleanup turns scheduling on anyway; the switch is this one
        }
        int sent = scan();
        if (sent > 0) {
            log.info("Clock watch sent {} reminders and escalations", sent);
        }
    }

    /** One pass over the running cases; returns how many alerts this node sent. */
    public int scan() {
        int sent = 0;
        for (CaseRecord c : cases.accepted()) {
            ClockState clock = decisions.clock(c).orElse(null);
            if (clock == null || clock.light() == ClockState.Light.PAUSED) {
                continue;
            }
            if (clock.light() == ClockState.Light.RED) {
                sent += alert(c, clock, "ESCALATION", Role.DEPT_ADMIN, "办件 " + c.number() + " 已超过法定时限（" + clock.statutoryDue()
                        + "），请督促办理");
            } else if (clock.remainingWorkingDays() <= REMIND_AT) {
                sent += alert(c, clock, "REMINDER", Role.APPROVER, "办件 " + c.number() + " 剩余 " + clock.remainingWorkingDays()
                        + " 个工作日到期（" + clock.statutoryDue() + "）");
            }
        }
        return sent;
    }

    private int alert(CaseRecord c, ClockState clock, String kind, Role role, String message) {
        Integer sent = transaction.execute(status -> {
            int inserted = jdbc.sql("insert into casework_clock_alert (case_id, kind, due_on) values (?, ?, ?) on conflict do nothing")
                    .params(c.id(), kind, clock.statutoryDue()).update();
            if (inserted == 0) {
                return 0;
            }
            List<UUID> recipients = staffAccounts.withRole(c.departmentId(), role);
            for (UUID account : recipients) {
                notifications.send(new Notifications.Notice(account, null, null, "CASE_CLOCK", Map.of("message", message),
                        c.id().toString()));
            }
            cases.event(c.id(), "系统", kind, message);
            auditLog.record("CASE_" + kind, "casework.case", c.id().toString(), null,
                    Map.of("due", clock.statutoryDue().toString(), "recipients", recipients.size()));
            return 1;
        });
        return sent == null ? 0 : sent;
    }
}
