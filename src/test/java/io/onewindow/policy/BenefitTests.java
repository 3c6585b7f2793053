package io.onewindow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Benefit formulas on their caps and tier boundaries, their explanations, and what is refused at save time. */
class BenefitTests {

    static Map<Fact, Object> facts(Object... pairs) {
        return RuleTests.facts(pairs);
    }

    static BigDecimal yuan(String text) {
        return new BigDecimal(text);
    }

    @Test
    void perEmployeeStopsAtItsCap() {
        Benefit b = Benefit.parse(Map.of("type", "PER_EMPLOYEE", "amount", 1000, "cap", 200000));
        assertThat(b.amount(facts(Fact.EMPLOYEES, new BigDecimal("25"))::get).yuan()).isEqualByComparingTo("25000");
        assertThat(b.amount(facts(Fact.EMPLOYEES, new BigDecimal("25"))::get).explanation()).isEqualTo("从业人数 25人 × 1000元 = 25000元");
        assertThat(b.amount(facts(Fact.EMPLOYEES, new BigDecimal("200"))::get).yuan()).isEqualByComparingTo("200000");
        var capped = b.amount(facts(Fact.EMPLOYEES, new BigDecimal("201"))::get);
        assertThat(capped.yuan()).isEqualByComparingTo("200000");
        assertThat(capped.explanation()).isEqualTo("从业人数 201人 × 1000元 = 201000元，封顶 200000元");
        assertThat(b.amount(facts()::get).explanation()).isEqualTo("缺少数据：从业人数");
        assertThat(b.describe()).isEqualTo("每名从业人员 1000元，每户封顶 200000元");
    }

    @Test
    void percentIsOfAnAmountInTenThousandsAndRoundsToTheFen() {
        Benefit b = Benefit.parse(Map.of("type", "PERCENT", "fact", "RND_SPENDING", "rate", 10, "cap", 500000));
        // 研发投入 123.4567 万元 = 1,234,567 元; 10 % = 123,456.70 元
        var a = b.amount(facts(Fact.RND_SPENDING, new BigDecimal("123.4567"))::get);
        assertThat(a.yuan()).isEqualTo(yuan("123456.70"));
        assertThat(a.explanation()).isEqualTo("研发投入 123.4567万元 × 10% = 123456.7元");
        assertThat(b.yuan(facts(Fact.RND_SPENDING, new BigDecimal("0.00005"))::get)).isEqualTo(yuan("0.05")); // 0.5 元 × 10 %
        assertThat(b.yuan(facts(Fact.RND_SPENDING, new BigDecimal("500"))::get)).isEqualTo(yuan("500000.00"));
        assertThat(b.yuan(facts(Fact.RND_SPENDING, new BigDecimal("500.01"))::get)).isEqualTo(yuan("500000.00"));
    }

    @Test
    void tiersPayTheHighestTierReached() {
        Benefit b = Benefit.parse(Map.of("type", "TIERS", "fact", "REVENUE", "tiers", List.of(
                Map.of("from", 500, "amount", 20000), Map.of("from", 2000, "amount", 50000))));
        assertThat(b.yuan(facts(Fact.REVENUE, new BigDecimal("499.99"))::get)).isEqualByComparingTo("0");
        assertThat(b.amount(facts(Fact.REVENUE, new BigDecimal("499.99"))::get).explanation()).isEqualTo("营业收入 499.99万元 未达最低档 500万元");
        assertThat(b.yuan(facts(Fact.REVENUE, new BigDecimal("500"))::get)).isEqualByComparingTo("20000");
        assertThat(b.yuan(facts(Fact.REVENUE, new BigDecimal("1999.99"))::get)).isEqualByComparingTo("20000");
        var top = b.amount(facts(Fact.REVENUE, new BigDecimal("2000"))::get);
        assertThat(top.yuan()).isEqualByComparingTo("50000");
        assertThat(top.explanation()).isEqualTo("营业收入 2000万元 ≥ 2000万元，档位金额 50000元");
        assertThat(b.describe()).isEqualTo("按营业收入分档：≥ 500万元 20000元；≥ 2000万元 50000元");
    }

    @Test
    void mistakesAreRefusedWithTheirPlace() {
        assertThatThrownBy(() -> Benefit.parse(Map.of("type", "LUMP")))
                .hasMessageContaining("兑现标准.type：未知的计算方式“LUMP”");
        assertThatThrownBy(() -> Benefit.parse(Map.of("type", "FIXED", "amount", 0)))
                .hasMessageContaining("兑现标准.amount：应为大于 0");
        assertThatThrownBy(() -> Benefit.parse(Map.of("type", "FIXED", "amount", 10.005)))
                .hasMessageContaining("最多两位小数");
        assertThatThrownBy(() -> Benefit.parse(Map.of("type", "PERCENT", "fact", "EMPLOYEES", "rate", 5)))
                .hasMessageContaining("兑现标准.fact：从业人数不是金额（万元）");
        assertThatThrownBy(() -> Benefit.parse(Map.of("type", "PERCENT", "fact", "REVENUE", "rate", 101)))
                .hasMessageContaining("兑现标准.rate");
        assertThatThrownBy(() -> Benefit.parse(Map.of("type", "TIERS", "fact", "REVENUE", "tiers", List.of(
                Map.of("from", 2000, "amount", 1), Map.of("from", 500, "amount", 2)))))
                .hasMessageContaining("兑现标准.tiers[1].from：档位下限应逐档递增");
        assertThatThrownBy(() -> Benefit.parse(Map.of("type", "TIERS", "fact", "HIGH_TECH", "tiers", List.of())))
                .hasMessageContaining("不是数值");
        assertThatThrownBy(() -> Benefit.parse(Map.of("type", "FIXED", "amount", "五万")))
                .hasMessageContaining("应为数值");
    }
}
