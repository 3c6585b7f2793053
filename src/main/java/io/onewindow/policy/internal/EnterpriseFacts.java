package io.onewindow.policy.internal;

import io.onewindow.identity.Enterprise;
import io.onewindow.policy.Fact;
import io.onewindow.policy.SizeClasses;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

/**
 * One enterprise's facts as rules read them: the registration record (source: identity) plus what departments
 * supplied. When 从业人数 and 营业收入 (and, for 建筑业, 资产总额) are known, the size class is computed by
 * 工信部联企业〔2011〕300号 instead of taken from registration.
 */
final class EnterpriseFacts {

    private EnterpriseFacts() {
    }

    static Map<Fact, Object> of(Enterprise e, Map<Fact, Object> supplied, LocalDate today) {
        Map<Fact, Object> facts = new EnumMap<>(Fact.class);
        facts.putAll(supplied);
        if (e.industryCode() != null) {
            facts.put(Fact.INDUSTRY, e.industryCode());
        }
        if (e.regionCode() != null) {
            facts.put(Fact.REGION, e.regionCode());
        }
        if (e.establishedOn() != null) {
            facts.put(Fact.REGISTERED_ON, e.establishedOn());
            facts.put(Fact.YEARS_SINCE_REGISTRATION, BigDecimal.valueOf(Period.between(e.establishedOn(), today).getYears()));
        }
        String size = computedSize(e.industryCode(), facts);
        if (size != null) {
            facts.put(Fact.SIZE_CLASS, size);
        } else if (e.sizeClass() != null) {
            facts.put(Fact.SIZE_CLASS, e.sizeClass().name());
        }
        return facts;
    }

    /** Null when the table has no row for the industry or a needed figure is missing. */
    static String computedSize(String industryCode, Map<Fact, Object> facts) {
        var group = SizeClasses.Group.of(industryCode);
        BigDecimal employees = (BigDecimal) facts.get(Fact.EMPLOYEES);
        BigDecimal revenue = (BigDecimal) facts.get(Fact.REVENUE);
        BigDecimal assets = (BigDecimal) facts.get(Fact.TOTAL_ASSETS);
        if (group.isEmpty() || revenue == null || (employees == null && group.get() != SizeClasses.Group.CONSTRUCTION
                && group.get() != SizeClasses.Group.AGRICULTURE)
                || (assets == null && group.get() == SizeClasses.Group.CONSTRUCTION)) {
            return null;
        }
        return SizeClasses.classify(group.get(), employees == null ? 0 : employees.longValue(), revenue.doubleValue(),
                assets == null ? 0 : assets.doubleValue()).name();
    }
}
