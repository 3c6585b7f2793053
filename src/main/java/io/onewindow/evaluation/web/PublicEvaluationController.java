package io.onewindow.evaluation.web;

import io.onewindow.evaluation.Evaluations;
import io.onewindow.evaluation.internal.Ratings;
import io.onewindow.evaluation.internal.UnresolvedReports;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.Role;
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
    private final UnresolvedReports unresolved;
    private final org.springframework.cache.Cache publicFigures;

    PublicEvaluationController(Ratings ratings, Evaluations evaluations, UnresolvedReports unresolved,
            org.springframework.cache.CacheManager caches) {
        this.publicFigures = caches.getCache(PublicFigures.CACHE);
        this.unresolved = unresolved;
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

    /** 办不成事 反映窗口: online for anyone; a window clerk records it here for the person at the counter. */
    @GetMapping("/unresolved")
    String unresolvedForm(Model model) {
        boolean applicant = CurrentUsers.current().filter(u -> u.has(Role.APPLICANT)).isPresent();
        model.addAttribute("mine", applicant ? unresolved.mine() : List.of());
        return "evaluation/unresolved";
    }

    @PostMapping("/unresolved")
    String report(@RequestParam(required = false) String name, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String matter, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("message", "已登记，编号 " + unresolved.report(name, phone, matter)
                    + "。政务服务管理部门将交办承办部门，并在规定工作日内答复。");
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            redirect.addFlashAttribute("name", name);
            redirect.addFlashAttribute("phone", phone);
            redirect.addFlashAttribute("matter", matter);
        }
        return "redirect:/unresolved";
    }

    /**
     * 好差评结果公开: satisfaction by department, hall and item, at most {@link PublicFigures#STALENESS} old — one
     * computation over all ratings serves every visitor of those seconds (the supervisors' pages are live).
     */
    @GetMapping("/evaluation/public")
    String figures(Model model) {
        model.addAttribute("figures", publicFigures.get("figures", evaluations::figures));
        return "evaluation/public";
    }
}
