package io.onewindow.identity.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.identity.IdentityErrorCode;
import io.onewindow.platform.OneWindowException;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 修改密码: the account's own, after proving the current one; a password set by someone else must be changed. */
@Service
public class Passwords {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog auditLog;

    Passwords(AccountRepository accounts, PasswordEncoder encoder, AuditLog auditLog) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.auditLog = auditLog;
    }

    @Transactional
    public void change(UUID accountId, String current, String next, String repeated) {
        var account = accounts.byId(accountId).orElseThrow(() -> invalid("账号不存在"));
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw invalid("当前密码不正确");
        }
        LoginRules.checkPassword(next);
        if (!next.equals(repeated)) {
            throw invalid("两次输入的新密码不一致");
        }
        if (next.equals(current)) {
            throw invalid("新密码不能与当前密码相同");
        }
        if (next.toLowerCase().contains(account.username().toLowerCase())) {
            throw invalid("新密码不能包含用户名");
        }
        accounts.changePassword(accountId, encoder.encode(next));
        auditLog.record("PASSWORD_CHANGED", "identity.account", accountId.toString(), null,
                Map.of("username", account.username()));
    }

    public boolean mustChange(UUID accountId) {
        return accounts.byId(accountId).map(AccountRepository.AccountRow::mustChangePassword).orElse(false);
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(IdentityErrorCode.IDENTITY_INVALID_INPUT, detail);
    }
}
