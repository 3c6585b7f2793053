package io.onewindow.policy.web;

import io.onewindow.identity.Industries;
import io.onewindow.identity.SizeClass;
import io.onewindow.policy.Audience;
import io.onewindow.policy.Fact;
import io.onewindow.policy.internal.EnterpriseOffers;
import io.onewindow.policy.internal.Payouts;
import io.onewindow.policy.internal.Policies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** 惠企政策统一发布 (public page and API) and, for a signed-in enterprise, 可享政策 with reasons. */
@Controller
@PreAuthorize("permitAll()")
class PolicyController {

    private final Policies policies;
    private final EnterpriseOffers offers;
    private final Payouts payouts;
    private final JsonMapper json;

    PolicyController(Policies policies, EnterpriseOffers offers, Payouts payouts, JsonMapper json) {
        this.policies = policies;
        this.offers = offers;
        this.payouts = payouts;
        this.json = json;
    }

    /** Search by words, filter by industry (门类) and size. */
    @GetMapping("/policies")
    String published(@RequestParam(required = false) String q, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String size, Model model) {
        String words = q == null ? "" : q.strip();
        String section = industry == null || !Industries.SECTIONS.containsKey(first(industry)) ? "" : String.valueOf(first(industry));
        String sizeClass = size != null && List.of("LARGE", "MEDIUM", "SMALL", "MICRO").contains(size) ? size : "";
        List<Policies.Policy> shown = policies.published().stream()
                .filter(p -> words.isEmpty() || (p.title() + p.summary() + p.issuer() + p.docNumber()).contains(words))
                .filter(p -> section.isEmpty() || Audience.admits(policies.rule(p), Fact.INDUSTRY, section))
                .filter(p -> sizeClass.isEmpty() || Audience.admits(policies.rule(p), Fact.SIZE_CLASS, sizeClass))
                .toList();
        model.addAttribute("policies", shown);
        model.addAttribute("q", words);
        model.addAttribute("industry", section);
        model.addAttribute("size", sizeClass);
        model.addAttribute("sections", new TreeMap<>(Industries.SECTIONS));
        model.addAttribute("sizes", SizeClass.values());
        return "policy/public";
    }

    private static char first(String text) {
        return text.isEmpty() ? ' ' : text.toUpperCase(Locale.ROOT).charAt(0);
    }

    /** Published policies with their rules and benefit formulas as JSON. */
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
            m.put("basis", p.basis());
            m.put("validFrom", p.validFrom().toString());
            m.put("validTo", p.validTo().toString());
            m.put("summary", p.summary());
            m.put("automatic", p.automatic());
            m.put("applyItemCode", p.applyItemCode());
            m.put("benefit", json.readValue(p.benefitJson(), Object.class));
            m.put("benefitText", p.benefitText());
            m.put("rule", json.readValue(p.ruleJson(), Object.class));
            return m;
        }).toList());
    }

    @GetMapping("/my/policies")
    @PreAuthorize("hasRole('APPLICANT')")
    String mine(Model model) {
        model.addAttribute("offers", offers.forMyEnterprise());
        model.addAttribute("payouts", payouts.myPayouts());
        model.addAttribute("facts", offers.myFacts());
        model.addAttribute("assurance", offers.myAssurance());
        return "policy/mine";
    }
}
