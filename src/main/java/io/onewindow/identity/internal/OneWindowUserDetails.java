package io.onewindow.identity.internal;

import io.onewindow.identity.CurrentUser;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in the session: the public {@link CurrentUser} plus what login checks need. */
public final class OneWindowUserDetails implements UserDetails {

    private final CurrentUser user;
    private final transient String passwordHash;
    private final boolean locked;
    private final boolean enabled;
    private final boolean mustChangePassword;

    OneWindowUserDetails(CurrentUser user, String passwordHash, boolean locked, boolean enabled,
            boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
        this.user = user;
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.enabled = enabled;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** A password someone else set: every page leads to 修改密码 until it is changed. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    List<String> roleNames() {
        return user.roles().stream().map(Enum::name).toList();
    }
}
