package io.onewindow.reform.web;

import io.onewindow.platform.Flash;
import io.onewindow.reform.internal.Observers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A 特邀监督员 comments on a measure of a published plan (signed in with their own account; the office moderates). */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class CommentsController {

    private final Observers observers;

    CommentsController(Observers observers) {
        this.observers = observers;
    }

    @PostMapping("/reform/public/{code}/comments")
    String comment(@PathVariable String code, @RequestParam(required = false) String measure,
            @RequestParam(required = false) String body, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            observers.comment(code, measure, body);
            return "已提交监督意见，经审核后公开";
        });
        return "redirect:/reform/public/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
