package io.onewindow.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@PreAuthorize("permitAll()")
class LoginController {

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }
}
