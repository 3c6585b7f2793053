package io.onewindow.casework.web;

import io.onewindow.casework.CaseStatus;
import io.onewindow.casework.internal.CaseRecord;
import io.onewindow.casework.internal.CaseRepository;
import io.onewindow.catalog.Catalog;
import io.onewindow.platform.LookupThrottle;
import io.onewindow.platform.OneWindowException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 办件查询 for anyone: case number plus the last 4 characters of the applicant's ID or code. Shows the item, the
 * status and the milestones only. Wrong tails are limited per case number and per client address, so the 4
 * characters cannot be guessed.
 */
@Controller
@PreAuthorize("permitAll()")
class CaseLookupController {

    private final CaseRepository cases;
    private final Catalog catalog;
    private final LookupThrottle throttle;

    CaseLookupController(CaseRepository cases, Catalog catalog,
            @Value("${onewindow.lookup.wrong-guesses-per-number:5}") int perNumber,
            @Value("${onewindow.lookup.wrong-guesses-per-client:30}") int perClient) {
        this.cases = cases;
        this.catalog = catalog;
        this.throttle = new LookupThrottle("该办件编号", perNumber, perClient);
    }

    @GetMapping("/lookup")
    String lookup(@RequestParam(required = false) String number, @RequestParam(required = false) String tail,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("number", number);
        if (number == null || tail == null || number.isBlank()) {
            return "casework/lookup";
        }
        String key = number.strip().toUpperCase();
        try {
            throttle.checkAllowed(key, request.getRemoteAddr());
        } catch (OneWindowException e) {
            response.setStatus(e.errorCode().status().value());
            model.addAttribute("refused", e.detail());
            return "casework/lookup";
        }
        Optional<CaseRecord> found = cases.find(number.strip(), tail.strip().toUpperCase())
                .filter(c -> c.status() != CaseStatus.DRAFT);
        model.addAttribute("searched", true);
        if (found.isEmpty()) {
            throttle.wrongGuess(key, request.getRemoteAddr());
        }
        found.ifPresent(c -> {
            model.addAttribute("found", c);
            model.addAttribute("itemName", catalog.version(c.itemCode(), c.itemVersion()).map(v -> v.guide().name()).orElse(""));
            model.addAttribute("milestones", PublicMilestones.of(cases.events(c.id())));
        });
        return "casework/lookup";
    }
}
