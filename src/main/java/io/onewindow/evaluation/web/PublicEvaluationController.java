package io.onewindow.evaluation.web;

import io.onewindow.evaluation.Evaluations;
import io.onewindow.evaluation.internal.Ratings;
import io.onewindow.platform.OneWindowException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What anyone may open without signing in: the 一次一评 link from the window, and the published figures. */
@Controller
@PreAuthorize("permitAll()")
class PublicEvaluationController {

    private final Ratings ratings;
    private final Evaluations evaluations;

    PublicEvaluationController(Ratings ratings, Evaluations evaluations) {
        this.ratings = ratings;
        this.evaluations = evaluations;
    }

    @GetMapping("/rate/{token}")
    String visitForm(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("tags", Ratings.tags());
        model.addAttribute("levels", io.onewindow.evaluation.Level.bestFirst());
        return "evaluation/visit";
    }

    @PostMapping("/rate/{token}")
    String rateVisit(@PathVariable String token, @RequestParam(defaultValue = "0") int level,
            @RequestParam(required = false) List<String> tags, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        try {
            ratings.rateVisit(token, level, tags, comment);
            redirect.addFlashAttribute("message", "感谢您的评价");
            redirect.addFlashAttribute("done", true);
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
        }
        return "redirect:/rate/" + token;
    }

    /** 好差评结果公开: live satisfaction by department, hall and item. */
    @GetMapping("/evaluation/public")
    String figures(Model model) {
        model.addAttribute("figures", evaluations.figures());
        return "evaluation/public";
    }
}
