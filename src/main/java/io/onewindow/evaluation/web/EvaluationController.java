package io.onewindow.evaluation.web;

import io.onewindow.casework.Cases;
import io.onewindow.evaluation.EvaluationErrorCode;
import io.onewindow.evaluation.Evaluations;
import io.onewindow.evaluation.internal.Appeals;
import io.onewindow.evaluation.internal.Ratings;
import io.onewindow.evaluation.internal.Tickets;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Flash;
import io.onewindow.platform.Masking;
import io.onewindow.platform.OneWindowException;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 好差评 pages for applicants (一事一评, 回访), window clerks (一次一评 link), departments (整改) and supervisors. */
@Controller
@PreAuthorize("isAuthenticated()") // each handler narrows this to its roles
class EvaluationController {

    private final Ratings ratings;
    private final Tickets tickets;
    private final Cases cases;
    private final Evaluations evaluations;
    private final Appeals appeals;

    EvaluationController(Ratings ratings, Tickets tickets, Cases cases, Evaluations evaluations, Appeals appeals) {
        this.appeals = appeals;
        this.ratings = ratings;
        this.tickets = tickets;
        this.cases = cases;
        this.evaluations = evaluations;
    }

    /** The applicant's rating page for one finished case, with the 整改 reply and 回访 form after a 差评. */
    @GetMapping("/evaluation/cases/{caseId}")
    @PreAuthorize("hasRole('APPLICANT')")
    String casePage(@PathVariable UUID caseId, Model model) {
        UUID me = CurrentUsers.current().orElseThrow().accountId();
        var c = cases.find(caseId).filter(x -> me.equals(x.applicantAccount()) || me.equals(x.agentAccount()))
                .orElseThrow(() -> new OneWindowException(EvaluationErrorCode.EVALUATION_NOT_FOUND, "办件不存在"));
        var rating = ratings.byCase(caseId);
        model.addAttribute("c", c);
        model.addAttribute("rating", rating.orElse(null));
        model.addAttribute("ticket", rating.flatMap(r -> tickets.ofRating(r.id())).orElse(null));
        model.addAttribute("tags", Ratings.tags());
        model.addAttribute("levels", io.onewindow.evaluation.Level.bestFirst());
        return "evaluation/case";
    }

    @PostMapping("/evaluation/cases/{caseId}")
    @PreAuthorize("hasRole('APPLICANT')")
    String rateCase(@PathVariable UUID caseId, @RequestParam(defaultValue = "0") int level,
            @RequestParam(required = false) List<String> tags, @RequestParam(required = false) String comment,
            @RequestParam(defaultValue = "false") boolean anonymous, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            ratings.rateCase(caseId, level, tags, comment, anonymous);
            return "感谢您的评价";
        });
        return "redirect:/evaluation/cases/" + caseId;
    }

    /** 回访: the rater rates the rectification. */
    @PostMapping("/evaluation/cases/{caseId}/revisit")
    @PreAuthorize("hasRole('APPLICANT')")
    String revisit(@PathVariable UUID caseId, @RequestParam(defaultValue = "0") int level, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            UUID rating = ratings.byCase(caseId).orElseThrow(() -> new OneWindowException(
                    EvaluationErrorCode.EVALUATION_NOT_FOUND, "该办件尚未评价")).id();
            tickets.revisit(rating, level);
            return "已记录您对整改情况的评价";
        });
        return "redirect:/evaluation/cases/" + caseId;
    }

    /** The clerk's counter: a fresh 一次一评 link per visit. */
    @GetMapping("/window/evaluation")
    @PreAuthorize("hasRole('WINDOW_CLERK')")
    String visitPage() {
        return "evaluation/window";
    }

    @PostMapping("/window/evaluation")
    @PreAuthorize("hasRole('WINDOW_CLERK')")
    String newVisit(RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("token", ratings.newVisit());
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
        }
        return "redirect:/window/evaluation";
    }

    /** 差评整改 list of the signed-in staff member's department; overdue and escalated tickets are marked. */
    @GetMapping("/department/evaluation")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String departmentTickets(Model model) {
        model.addAttribute("tickets", tickets.ofMyDepartment());
        model.addAttribute("today", ChinaTime.today());
        return "evaluation/tickets";
    }

    @GetMapping("/department/evaluation/{id}")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String ticket(@PathVariable UUID id, Model model) {
        var t = tickets.get(id);
        model.addAttribute("t", t);
        model.addAttribute("today", ChinaTime.today());
        // the unit sees who to call back, masked; contact goes through the platform
        String rater = t.rating().raterAccount() == null ? "匿名评价"
                : t.rating().caseId() == null ? "实名评价人"
                : cases.find(t.rating().caseId()).map(c -> Masking.name(c.applicantName())
                        + (c.phoneMask() == null ? "" : " " + c.phoneMask()) + "（办件 " + c.number() + "）").orElse("实名评价人");
        model.addAttribute("rater", rater);
        model.addAttribute("appeals", appeals.ofRating(t.rating().id()));
        model.addAttribute("reasons", Appeals.Reason.values());
        return "evaluation/ticket";
    }

    @PostMapping("/department/evaluation/{id}/{step}")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String step(@PathVariable UUID id, @PathVariable String step, @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            switch (step) {
                case "verify" -> tickets.verify(id, text);
                case "rectify" -> tickets.rectify(id, text);
                case "reply" -> tickets.reply(id, text);
                default -> throw new OneWindowException(EvaluationErrorCode.EVALUATION_INVALID_INPUT, "未知的整改步骤");
            }
            return "已保存";
        });
        return "redirect:/department/evaluation/" + id;
    }

    /** 申诉: the unit says the rating was mistaken or malicious, with evidence. */
    @PostMapping("/department/evaluation/{id}/appeal")
    @PreAuthorize("hasAnyRole('APPROVER','DEPT_ADMIN')")
    String appeal(@PathVariable UUID id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String evidence, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            appeals.file(tickets.get(id).rating().id(), reason, evidence);
            return "申诉已提交，等待政务服务管理部门复核";
        });
        return "redirect:/department/evaluation/" + id;
    }

    /** 复核: pending appeals for the 政务服务 administration. */
    @GetMapping("/evaluation/appeals")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN','SYS_ADMIN')")
    String appeals(Model model) {
        model.addAttribute("appeals", appeals.pending());
        return "evaluation/appeals";
    }

    @PostMapping("/evaluation/appeals/{id}")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN','SYS_ADMIN')")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean uphold,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            appeals.decide(id, uphold, note);
            return uphold ? "申诉成立，该评价不再计入统计" : "申诉不成立，评价保留";
        });
        return "redirect:/evaluation/appeals";
    }

    /** 督办: every overdue 差评整改 in the city, with the live figures. */
    @GetMapping("/supervision/evaluation")
    @PreAuthorize("hasAnyRole('SUPERVISOR','SYS_ADMIN')")
    String supervision(Model model) {
        model.addAttribute("overdue", tickets.overdue(ChinaTime.today()));
        model.addAttribute("figures", evaluations.figures());
        var trend = evaluations.trend(30);
        model.addAttribute("trendDays", String.join("|", trend.stream().map(d -> d.date().toString().substring(5)).toList()));
        model.addAttribute("trendRated", String.join("|", trend.stream().map(d -> String.valueOf(d.rated())).toList()));
        model.addAttribute("trendBad", String.join("|", trend.stream().map(d -> String.valueOf(d.bad())).toList()));
        model.addAttribute("trendRate", String.join("|", trend.stream().map(d -> d.rated() == 0 ? ""
                : String.valueOf(Math.round(1000.0 * d.satisfied() / d.rated()) / 10.0)).toList()));
        return "evaluation/supervision";
    }

    @GetMapping("/supervision/evaluation.xlsx")
    @PreAuthorize("hasAnyRole('SUPERVISOR','SYS_ADMIN')")
    org.springframework.http.ResponseEntity<byte[]> export() {
        byte[] book = io.onewindow.evaluation.internal.EvaluationWorkbook.of(evaluations.figures(),
                tickets.overdue(ChinaTime.today()));
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename("好差评统计.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(book);
    }
}
