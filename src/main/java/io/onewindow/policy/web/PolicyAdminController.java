package io.onewindow.policy.web;

import io.onewindow.platform.Flash;
import io.onewindow.platform.OneWindowException;
import io.onewindow.policy.PolicyErrorCode;
import io.onewindow.policy.internal.Matching;
import io.onewindow.policy.internal.PayoutWorkbook;
import io.onewindow.policy.internal.Payouts;
import io.onewindow.policy.internal.Policies;
import io.onewindow.policy.internal.WhatIfAnalysis;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 政策库: drafts, 试算 over all enterprises, publication, 免申即享 batches, matching runs and figures. */
@Controller
@PreAuthorize("hasAnyRole('DEPT_ADMIN','SYS_ADMIN')")
class PolicyAdminController {

    static final String DEFAULT_BENEFIT = "{\"type\": \"FIXED\", \"amount\": 50000}";
    static final int SHOWN = 500;

    private final Policies policies;
    private final WhatIfAnalysis whatIfs;
    private final Payouts payoutLists;
    private final Matching matching;
    private final PayoutWorkbook payouts;

    PolicyAdminController(Policies policies, WhatIfAnalysis whatIfs, Payouts payoutLists, Matching matching,
            PayoutWorkbook payouts) {
        this.policies = policies;
        this.whatIfs = whatIfs;
        this.payoutLists = payoutLists;
        this.matching = matching;
        this.payouts = payouts;
    }

    @GetMapping("/admin/policies")
    String list(Model model) {
        model.addAttribute("policies", policies.all());
        model.addAttribute("lastRun", matching.lastRun().orElse(null));
        model.addAttribute("facts", io.onewindow.policy.Fact.values());
        if (!model.containsAttribute("benefitJson")) {
            model.addAttribute("benefitJson", DEFAULT_BENEFIT);
        }
        return "policy/admin";
    }

    @PostMapping("/admin/policies")
    String save(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            UUID id = policies.saveDraft(new Policies.Draft(form.get("code"), form.get("title"), form.get("issuer"),
                    form.get("docNumber"), form.get("basis"), form.get("validFrom"), form.get("validTo"), form.get("summary"),
                    form.get("ruleJson"), form.get("benefitJson"), "true".equals(form.get("automatic")), form.get("applyItemCode")));
            redirect.addFlashAttribute("message", "草稿已保存，请先试算再发布");
            return "redirect:/admin/policies/" + id;
        } catch (OneWindowException e) {
            redirect.addFlashAttribute("error", e.detail());
            redirect.addFlashAttribute("form", form); // nothing typed is lost
            redirect.addFlashAttribute("ruleJson", form.get("ruleJson"));
            redirect.addFlashAttribute("benefitJson", form.get("benefitJson"));
            return "redirect:/admin/policies";
        }
    }

    @GetMapping("/admin/policies/{id}")
    String policy(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean whatIf, Model model) {
        model.addAttribute("p", policies.get(id));
        model.addAttribute("lastRun", matching.lastRun().orElse(null));
        WhatIfAnalysis.WhatIf result = whatIf ? whatIfs.whatIf(id) : null;
        model.addAttribute("whatIf", result);
        if (result != null) {
            model.addAttribute("regionChart", chart(result.byRegion()));
            model.addAttribute("industryChart", chart(result.byIndustry()));
            model.addAttribute("sizeChart", chart(result.bySize()));
        }
        return "policy/policy";
    }

    /** Labels and values for an ECharts bar chart read from data-* attributes. */
    private static Map<String, String> chart(Map<String, Long> counts) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("labels", String.join("|", counts.keySet()));
        out.put("values", String.join("|", counts.values().stream().map(String::valueOf).toList()));
        return out;
    }

    /** 免申即享: the generated list, to confirm once with exclusions and reasons. */
    @GetMapping("/admin/policies/{id}/batch")
    String batch(@PathVariable UUID id, Model model) {
        model.addAttribute("p", policies.get(id));
        List<Payouts.Candidate> candidates = payoutLists.eligibleList(id);
        model.addAttribute("candidates", candidates);
        // a long list is shown in part; exclusions beyond it are entered by code
        model.addAttribute("shown", candidates.subList(0, Math.min(SHOWN, candidates.size())));
        model.addAttribute("total", candidates.stream().map(Payouts.Candidate::amountYuan)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        model.addAttribute("confirmed", payoutLists.batchSize(id).orElse(null));
        model.addAttribute("pending", payoutLists.pendingList(id));
        return "policy/batch";
    }

    @PostMapping("/admin/policies/{id}/batch")
    String confirm(@PathVariable UUID id, @RequestParam(name = "exclude", required = false) List<String> exclude,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            Map<String, String> exclusions = new LinkedHashMap<>();
            for (String code : exclude == null ? List.<String>of() : exclude) {
                exclusions.put(code, form.getOrDefault("reason-" + code, ""));
            }
            // 按代码排除: one line each, the credit code then the reason
            for (String line : form.getOrDefault("excludeLines", "").split("\\R")) {
                String[] parts = line.strip().split("[\\s,，]+", 2);
                if (!parts[0].isEmpty()) {
                    exclusions.put(parts[0].toUpperCase(java.util.Locale.ROOT), parts.length > 1 ? parts[1] : "");
                }
            }
            int paid = payoutLists.confirmBatch(id, form.get("voucher"), exclusions);
            return "已确认兑现 " + paid + " 户企业，已通知企业";
        });
        return "redirect:/admin/policies/" + id + "/batch";
    }

    /** 兑现名单 (Excel) of a confirmed batch, for the finance department. */
    @GetMapping("/admin/policies/{id}/batch.xlsx")
    ResponseEntity<byte[]> batchWorkbook(@PathVariable UUID id) {
        byte[] book = payouts.of(id).orElseThrow(() -> new OneWindowException(PolicyErrorCode.POLICY_WRONG_STATE,
                "兑现名单尚未确认"));
        return ResponseEntity.ok()
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("兑现名单-" + policies.get(id).code() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(book);
    }

    @PostMapping("/admin/policies/{id}/publish")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.run(redirect, () -> {
            policies.publish(id);
            return "已发布，正在对全部企业重新匹配（进度见下）";
        });
        return "redirect:/admin/policies/" + id;
    }

    /** 全量匹配 on demand (it also runs nightly), in the background. */
    @PostMapping("/admin/policies/match")
    String matchAll(RedirectAttributes redirect) {
        matching.matchAllInBackground("MANUAL");
        redirect.addFlashAttribute("message", "已开始全量匹配（进度见下）");
        return "redirect:/admin/policies";
    }

    /** htmx: the latest bulk run, polled every second while it runs. */
    @GetMapping("/admin/policies/match/progress")
    String matchProgress(Model model) {
        model.addAttribute("lastRun", matching.lastRun().orElse(null));
        return "policy/match-progress";
    }

    @GetMapping("/admin/policies/figures")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN','SYS_ADMIN','SUPERVISOR')") // 督办 follows the payouts too
    String figures(Model model) {
        model.addAttribute("figures", policies.figures());
        return "policy/figures";
    }
}
