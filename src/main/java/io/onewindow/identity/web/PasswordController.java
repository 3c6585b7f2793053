package io.onewindow.identity.web;

import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.internal.OneWindowUserDetails;
import io.onewindow.identity.internal.Passwords;
import io.onewindow.platform.OneWindowException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码 for every signed-in account; the first one is required when someone else set the password. */
@Controller
@PreAuthorize("isAuthenticated()")
class PasswordController {

    private final Passwords passwords;
    private final UserDetailsService users;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(Passwords passwords, UserDetailsService users) {
        this.passwords = passwords;
        this.users = users;
    }

    @GetMapping(PasswordChangeFirst.PAGE)
    String form(Model model) {
        model.addAttribute("required", passwords.mustChange(CurrentUsers.current().orElseThrow().accountId()));
        return "identity/password";
    }

    @PostMapping(PasswordChangeFirst.PAGE)
    String change(@RequestParam(required = false) String current, @RequestParam(required = false) String next,
            @RequestParam(required = false) String repeated, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        var user = CurrentUsers.current().orElseThrow();
        try {
            passwords.change(user.accountId(), current, next, repeated);
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            return "redirect:" + PasswordChangeFirst.PAGE;
        }
        // the session's principal still says "must change": replace it with the account as it is now
        OneWindowUserDetails fresh = (OneWindowUserDetails) users.loadUserByUsername(user.username());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("message", "密码已修改");
        return "redirect:/workspace";
    }
}
