package io.onewindow.identity.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.AccountKind;
import io.onewindow.identity.Role;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 首位系统管理员: on a database where no enabled SYS_ADMIN exists, {@code ONEWINDOW_BOOTSTRAP_ADMIN=<username>}
 * creates one with a one-time password printed to the log once, to be changed at the first sign-in. Audited; never
 * again once an administrator exists (two nodes starting together take turns on an advisory lock).
 */
@Component
@Order(100) // after the demo data: a demo database has its administrator already
public class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final long LOCK = 0x41444d494eL;
    // no 0/O, 1/l/I: read off a console and typed once
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final String username;
    private final String departmentId;
    private static final SecureRandom RANDOM = new SecureRandom();

    FirstAdministrator(AccountRepository accounts, PasswordEncoder encoder, AuditLog auditLog, JdbcClient jdbc,
            @Value("${onewindow.bootstrap.admin:}") String username,
            @Value("${onewindow.bootstrap.admin-department:${onewindow.city.region-code:511100}-ZWJ}") String departmentId) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.username = username == null ? "" : username.strip();
        this.departmentId = departmentId;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!username.isEmpty()) {
            ensure(username).ifPresent(password -> log.warn("""

                    ==== 首位系统管理员 / first administrator ====
                    用户名 username: {}
                    一次性密码 one-time password: {}
                    首次登录后须立即修改；此密码不会再次显示。 Change it at the first sign-in; it is not shown again.
                    =============================================""", username, password));
        }
    }

    /** Creates the administrator if none exists; returns the one-time password, or empty when nothing was done. */
    @Transactional
    public Optional<String> ensure(String name) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 1).list();
        if (accounts.anyEnabledAdministrator()) {
            return Optional.empty();
        }
        LoginRules.check(new io.onewindow.identity.NewLogin(name, "Placeholder1"));
        if (accounts.usernameTaken(name)) {
            throw new IllegalStateException("ONEWINDOW_BOOTSTRAP_ADMIN: 用户名 " + name + " 已被一个非管理员账号使用，请换一个用户名");
        }
        String password = oneTimePassword();
        UUID id = UUID.randomUUID();
        accounts.insert(id, name, encoder.encode(password), "系统管理员", AccountKind.STAFF, null, null,
                departmentId, null, Set.of(Role.SYS_ADMIN));
        accounts.requirePasswordChange(id);
        auditLog.record("BOOTSTRAP_ADMIN_CREATED", "identity.account", id.toString(), null,
                Map.of("username", name.toLowerCase(), "department", departmentId));
        return Optional.of(password);
    }

    /** 18 characters from an alphabet without look-alikes, with letters and digits as the password rule wants. */
    static String oneTimePassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        // the platform's own rule: letters and digits
        return b.append(RANDOM.nextInt(10)).append('x').toString();
    }
}
