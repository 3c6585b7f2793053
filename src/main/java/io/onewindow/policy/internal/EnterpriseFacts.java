package io.onewindow.policy.internal;

import io.onewindow.identity.Enterprise;
import io.onewindow.policy.Fact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

/**
 * The facts the registration record gives (source: identity, as of today). Employees, revenue, tax and the other
 * department facts are not imported yet, so conditions on them fail as 缺少数据.
 */
final class EnterpriseFacts {

    private EnterpriseFacts() {
    }

    static Map<Fact, Object> of(Enterprise e, LocalDate today) {
        Map<Fact, Object> facts = new EnumMap<>(Fact.class);
        if (e.industryCode() != null) {
            facts.put(Fact.INDUSTRY, e.industryCode());
        }
        if (e.sizeClass() != null) {
            facts.put(Fact.SIZE_CLASS, e.sizeClass().name());
        }
        if (e.regionCode() != null) {
            facts.put(Fact.REGION, e.regionCode());
        }
        if (e.establishedOn() != null) {
            facts.put(Fact.REGISTERED_ON, e.establishedOn());
            facts.put(Fact.YEARS_SINCE_REGISTRATION, BigDecimal.valueOf(Period.between(e.establishedOn(), today).getYears()));
        }
        return facts;
    }
}
