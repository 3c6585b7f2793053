package io.onewindow.identity.web;

import io.onewindow.identity.CreditCodeCheck;
import io.onewindow.identity.ResidentIdCheck;
import io.onewindow.identity.ResidentIdNumbers;
import io.onewindow.identity.internal.CreditCodePolicy;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Masking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public checking of identifiers for the UI and other systems. It only does the standards' arithmetic: it never
 * says whether a person or enterprise is registered here. Always 200; {@code valid} tells the result.
 */
@RestController
@RequestMapping("/api/v1/identifiers")
@Tag(name = "证件号码校验")
@PreAuthorize("permitAll()")
class IdentifierApiController {

    private final CreditCodePolicy creditCodes;

    IdentifierApiController(CreditCodePolicy creditCodes) {
        this.creditCodes = creditCodes;
    }

    @Operation(summary = "校验统一社会信用代码（GB 32100-2015）")
    @GetMapping("/uscc/{code}")
    CreditCodeCheck uscc(@PathVariable String code) {
        return creditCodes.check(code);
    }

    @Operation(summary = "校验公民身份号码（GB 11643-1999）；返回的号码已脱敏")
    @GetMapping("/resident-id/{number}")
    ResidentIdCheck residentId(@PathVariable String number) {
        ResidentIdCheck check = ResidentIdNumbers.check(number, ChinaTime.today());
        if (!check.valid()) {
            return check;
        }
        return new ResidentIdCheck(true, null, Masking.residentId(check.number()), check.regionCode(),
                check.birthDate(), check.sex());
    }
}
