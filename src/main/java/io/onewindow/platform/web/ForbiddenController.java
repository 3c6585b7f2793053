package io.onewindow.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page shown when a signed-in person opens a page their roles do not allow. */
@Controller
@PreAuthorize("permitAll()")
class ForbiddenController {

    @RequestMapping("/forbidden")
    String forbidden(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", 403);
        model.addAttribute("title", "无权访问");
        model.addAttribute("detail", "您的账号没有权限访问此页面。如需开通，请联系本单位系统管理员。");
        return "error";
    }
}
