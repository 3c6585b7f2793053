package io.onewindow.identity.internal;

import io.onewindow.identity.IdentityErrorCode;
import io.onewindow.identity.NewLogin;
import io.onewindow.platform.OneWindowException;
import java.util.regex.Pattern;

/** Rules for usernames and passwords chosen by people. */
final class LoginRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{2,49}");

    private LoginRules() {
    }

    static void check(NewLogin login) {
        if (login == null || login.username() == null || !USERNAME.matcher(login.username().strip().toLowerCase()).matches()) {
            throw invalid("用户名应为 3–50 位字母、数字、下划线、点或连字符，以字母或数字开头");
        }
        checkPassword(login.password());
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < 8 || password.length() > 64) {
            throw invalid("密码长度应为 8–64 位");
        }
        if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            throw invalid("密码应同时包含字母和数字");
        }
    }

    private static OneWindowException invalid(String detail) {
        return new OneWindowException(IdentityErrorCode.IDENTITY_INVALID_INPUT, detail);
    }
}
