package io.onewindow.identity.web;

import io.onewindow.identity.internal.OneWindowUserDetails;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone signed in with a password another person set (the first administrator's one-time password) reaches
 * nothing but 修改密码 until they have changed it. Runs after Spring Security, which has put the person in place.
 */
@Component
class PasswordChangeFirst extends OncePerRequestFilter {

    static final String PAGE = "/account/password";
    private static final List<String> OPEN = List.of(PAGE, "/logout", "/login", "/css/", "/js/", "/webjars/", "/error",
            "/favicon.ico", "/actuator/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null && auth.getPrincipal() instanceof OneWindowUserDetails user && user.mustChangePassword()
                && OPEN.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
