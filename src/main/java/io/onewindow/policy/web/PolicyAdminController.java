package io.onewindow.policy.web;

import io.onewindow.platform.OneWindowException;
import io.onewindow.policy.internal.Policies;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 政策库: drafts, 试算 over all enterprises, and publication. */
@Controller
@PreAuthorize("hasAnyRole('DEPT_ADMIN','SYS_ADMIN')")
class PolicyAdminController {

    private final Policies policies;

    PolicyAdminController(Policies policies) {
        this.policies = policies;
    }

    @GetMapping("/admin/policies")
    String list(Model model) {
        model.addAttribute("policies", policies.all());
        return "policy/admin";
    }

    @PostMapping("/admin/policies")
    String save(@RequestParam(required = false) String code, @RequestParam(required = false) String title,
            @RequestParam(required = false) String issuer, @RequestParam(required = false) String docNumber,
            @RequestParam(required = false) String basis, @RequestParam(required = false) String validFrom,
            @RequestParam(required = false) String validTo, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String ruleJson, @RequestParam(required = false) String amountYuan,
            @RequestParam(defaultValue = "false") boolean automatic, RedirectAttributes redirect) {
        try {
            UUID id = policies.saveDraft(new Policies.Draft(code, title, issuer, docNumber, basis, validFrom, validTo, summary,
                    ruleJson, amountYuan, automatic));
            redirect.addFlashAttribute("message", "草稿已保存，请先试算再发布");
            return "redirect:/admin/policies/" + id;
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            redirect.addFlashAttribute("ruleJson", ruleJson);
            return "redirect:/admin/policies";
        }
    }

    @GetMapping("/admin/policies/{id}")
    String policy(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean whatIf, Model model) {
        model.addAttribute("p", policies.get(id));
        model.addAttribute("whatIf", whatIf ? policies.whatIf(id) : null);
        return "policy/policy";
    }

    /** 免申即享: the generated list, to confirm once with exclusions and reasons. */
    @GetMapping("/admin/policies/{id}/batch")
    String batch(@PathVariable UUID id, Model model) {
        model.addAttribute("p", policies.get(id));
        model.addAttribute("candidates", policies.eligibleList(id));
        model.addAttribute("confirmed", policies.batchSize(id).orElse(null));
        return "policy/batch";
    }

    @PostMapping("/admin/policies/{id}/batch")
    String confirm(@PathVariable UUID id, @RequestParam(name = "exclude", required = false) java.util.List<String> exclude,
            @RequestParam java.util.Map<String, String> form, RedirectAttributes redirect) {
        try {
            java.util.Map<String, String> exclusions = new java.util.LinkedHashMap<>();
            for (String code : exclude == null ? java.util.List.<String>of() : exclude) {
                exclusions.put(code, form.getOrDefault("reason-" + code, ""));
            }
            int paid = policies.confirmBatch(id, exclusions);
            redirect.addFlashAttribute("message", "已确认兑现 " + paid + " 户企业");
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
        }
        return "redirect:/admin/policies/" + id + "/batch";
    }

    @PostMapping("/admin/policies/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            policies.publish(id);
            redirect.addFlashAttribute("message", "已发布");
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
        }
        return "redirect:/admin/policies/" + id;
    }
}
