package io.onewindow.identity.internal;

import io.onewindow.identity.CurrentUser;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var row = accounts.byUsername(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        var party = row.citizenId() != null ? row.citizenId() : row.enterpriseId();
        var user = new CurrentUser(row.id(), row.username(), row.displayName(), row.kind(), row.roles(),
                row.departmentId(), row.hallId(), party);
        return new OneWindowUserDetails(user, row.passwordHash(), row.lockedAt(clock.instant()), row.enabled(),
                row.mustChangePassword());
    }
}
