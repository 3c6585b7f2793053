package io.onewindow.identity.internal;

import io.onewindow.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for 15 minutes after 5 wrong passwords in a row (both settings). The login page says the
 * same thing whatever went wrong, so neither the lock nor the account's existence is revealed.
 */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final AuditLog auditLog;
    private final int maxFailures;
    private final Duration lockDuration;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, AuditLog auditLog,
            @Value("${onewindow.security.max-failed-logins:5}") int maxFailures,
            @Value("${onewindow.security.lock-duration:15m}") Duration lockDuration, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        var account = accounts.byUsername(username.strip());
        if (account.isEmpty()) {
            return;
        }
        boolean locked = accounts.recordFailure(username.strip(), maxFailures, clock.instant().plus(lockDuration));
        if (locked) {
            auditLog.record("ACCOUNT_LOCKED", "identity.account", account.get().id().toString(), null,
                    Map.of("reason", "连续 " + maxFailures + " 次密码错误", "minutes", lockDuration.toMinutes()));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName(), clock.instant());
    }
}
