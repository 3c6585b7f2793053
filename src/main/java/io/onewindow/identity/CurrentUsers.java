package io.onewindow.identity;

import io.onewindow.identity.internal.OneWindowUserDetails;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in, for code in any module that needs to know. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    public static Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof OneWindowUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }
}
