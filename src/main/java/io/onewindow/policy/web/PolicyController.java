package io.onewindow.policy.web;

import io.onewindow.policy.internal.Policies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** 惠企政策统一发布 (public page and API) and, for a signed-in enterprise, 可享政策 with reasons. */
@Controller
@PreAuthorize("permitAll()")
class PolicyController {

    private final Policies policies;
    private final JsonMapper json;

    PolicyController(Policies policies, JsonMapper json) {
        this.policies = policies;
        this.json = json;
    }

    @GetMapping("/policies")
    String published(Model model) {
        model.addAttribute("policies", policies.published());
        return "policy/public";
    }

    /** Published policies with their rules as JSON. */
    @GetMapping("/api/v1/policies")
    @ResponseBody
    ResponseEntity<List<Map<String, Object>>> api() {
        return ResponseEntity.ok(policies.published().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", p.code());
            m.put("version", p.version());
            m.put("title", p.title());
            m.put("issuer", p.issuer());
            m.put("docNumber", p.docNumber());
            m.put("validFrom", p.validFrom().toString());
            m.put("validTo", p.validTo().toString());
            m.put("summary", p.summary());
            m.put("amountYuan", p.amountYuan());
            m.put("automatic", p.automatic());
            m.put("rule", json.readValue(p.ruleJson(), Object.class));
            return m;
        }).toList());
    }

    @GetMapping("/my/policies")
    @PreAuthorize("hasRole('APPLICANT')")
    String mine(Model model) {
        model.addAttribute("offers", policies.forMyEnterprise());
        model.addAttribute("payouts", policies.myPayouts());
        return "policy/mine";
    }
}
