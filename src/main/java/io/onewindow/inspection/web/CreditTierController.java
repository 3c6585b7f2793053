package io.onewindow.inspection.web;

import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.People;
import io.onewindow.inspection.internal.CreditTiers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** An enterprise sees its 信用风险分类, the rule and the facts it rests on. */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class CreditTierController {

    private final CreditTiers tiers;
    private final People people;

    CreditTierController(CreditTiers tiers, People people) {
        this.tiers = tiers;
        this.people = people;
    }

    @GetMapping("/my/credit-tier")
    String tier(Model model) {
        var enterprise = CurrentUsers.current().flatMap(u -> u.partyId() == null ? java.util.Optional.empty()
                : people.enterprise(u.partyId()));
        model.addAttribute("enterprise", enterprise.orElse(null));
        model.addAttribute("tier", enterprise.map(e -> tiers.of(e.creditCode())).orElse(null));
        model.addAttribute("rule", CreditTiers.RULE);
        return "inspection/credit-tier";
    }
}
