package io.onewindow.casework.web;

import io.onewindow.casework.internal.CaseRecord;
import io.onewindow.casework.internal.CaseRepository;
import io.onewindow.catalog.Catalog;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 办件查询 for anyone: case number plus the last 4 characters of the applicant's ID or code; status only. */
@Controller
@PreAuthorize("permitAll()")
class CaseLookupController {

    private final CaseRepository cases;
    private final Catalog catalog;

    CaseLookupController(CaseRepository cases, Catalog catalog) {
        this.cases = cases;
        this.catalog = catalog;
    }

    @GetMapping("/lookup")
    String lookup(@RequestParam(required = false) String number, @RequestParam(required = false) String tail, Model model) {
        model.addAttribute("number", number);
        if (number != null && tail != null && !number.isBlank()) {
            Optional<CaseRecord> found = cases.find(number.strip(), tail.strip().toUpperCase());
            model.addAttribute("searched", true);
            found.ifPresent(c -> {
                model.addAttribute("found", c);
                model.addAttribute("itemName", catalog.version(c.itemCode(), c.itemVersion()).map(v -> v.guide().name()).orElse(""));
                model.addAttribute("events", cases.events(c.id()));
            });
        }
        return "casework/lookup";
    }
}
