package io.onewindow.identity.internal;

import io.onewindow.identity.CreditCodeCheck;
import io.onewindow.identity.CreditCodes;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * GB 32100 checking with the configured list of early pilot codes that are legal although their check
 * characters do not match ({@code onewindow.identifiers.credit-code-pilot-codes}).
 */
@Component
public class CreditCodePolicy {

    private final Set<String> pilotCodes;

    CreditCodePolicy(@Value("${onewindow.identifiers.credit-code-pilot-codes:}") List<String> pilotCodes) {
        this.pilotCodes = pilotCodes.stream().map(String::strip).filter(s -> !s.isEmpty()).map(String::toUpperCase)
                .collect(Collectors.toUnmodifiableSet());
    }

    public CreditCodeCheck check(String code) {
        return CreditCodes.check(code, pilotCodes);
    }
}
