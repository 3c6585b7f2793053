package io.onewindow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule language on its boundaries, its explanations, and what it refuses at save time. */
class RuleTests {

    static Map<String, Object> cond(String fact, String op, Object value) {
        return Map.of("fact", fact, "op", op, "value", value);
    }

    static Map<Fact, Object> facts(Object... pairs) {
        Map<Fact, Object> m = new EnumMap<>(Fact.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Fact) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** 小微企业稳岗: 从业人数 ≥ 20, 营业收入 < 2000 万元, 制造业 or 软件业, not credit tier D. */
    final Rule jobs = RuleParser.parse(Map.of("all", List.of(
            cond("EMPLOYEES", "GE", 20),
            cond("REVENUE", "LT", 2000),
            Map.of("any", List.of(cond("INDUSTRY", "PREFIX", List.of("C")), cond("INDUSTRY", "PREFIX", List.of("I65")))),
            Map.of("not", cond("CREDIT_TIER", "EQ", "D")))));

    @Test
    void numberThresholdsHoldOnTheirExactBoundary() {
        var at = Eligibility.evaluate(jobs, facts(Fact.EMPLOYEES, 20, Fact.REVENUE, new BigDecimal("1999.99"),
                Fact.INDUSTRY, "C3985", Fact.CREDIT_TIER, "A"));
        assertThat(at.eligible()).isTrue();
        var below = Eligibility.evaluate(jobs, facts(Fact.EMPLOYEES, 19, Fact.REVENUE, 2000, Fact.INDUSTRY, "C3985",
                Fact.CREDIT_TIER, "A"));
        assertThat(below.eligible()).isFalse();
        assertThat(below.reasonsNot()).containsExactly("从业人数 19人 < 20人（差 1人）", "营业收入 2000万元 ≥ 2000万元");
        assertThat(below.trace()).filteredOn(Eligibility.Step::held).extracting(Eligibility.Step::explanation)
                .contains("行业 C3985（制造业）属于 C 制造业");
        var neither = Eligibility.evaluate(jobs, facts(Fact.EMPLOYEES, 20, Fact.REVENUE, 100, Fact.INDUSTRY, "F5211",
                Fact.CREDIT_TIER, "A"));
        assertThat(neither.reasonsNot()).containsExactly("行业 F5211（批发和零售业）不属于 C 制造业", "行业 F5211（批发和零售业）不属于 I65");
        Rule small = RuleParser.parse(cond("REVENUE", "LE", 300));
        assertThat(Eligibility.evaluate(small, facts(Fact.REVENUE, new BigDecimal("300.00"))).eligible()).isTrue();
        assertThat(Eligibility.evaluate(small, facts(Fact.REVENUE, new BigDecimal("612.5"))).reasonsNot())
                .containsExactly("营业收入 612.5万元 > 300万元（超出 312.5万元）");
    }

    @Test
    void anyNeedsOneAndNotInverts() {
        var software = Eligibility.evaluate(jobs, facts(Fact.EMPLOYEES, 30, Fact.REVENUE, 100, Fact.INDUSTRY, "I6510",
                Fact.CREDIT_TIER, "B"));
        assertThat(software.eligible()).isTrue();
        var tierD = Eligibility.evaluate(jobs, facts(Fact.EMPLOYEES, 30, Fact.REVENUE, 100, Fact.INDUSTRY, "I6510",
                Fact.CREDIT_TIER, "D"));
        assertThat(tierD.eligible()).isFalse();
        assertThat(tierD.reasonsNot()).containsExactly("信用等级 D = D（属于排除情形）"); // "why not" names the exclusion
        assertThat(software.trace()).extracting(Eligibility.Step::explanation).contains("信用等级 B ≠ D");
        var unrated = Eligibility.evaluate(jobs, facts(Fact.EMPLOYEES, 30, Fact.REVENUE, 100, Fact.INDUSTRY, "I6510"));
        // a missing credit tier is 待核实, never a pass of "not tier D"
        assertThat(unrated.eligible()).isFalse();
        assertThat(unrated.pending()).isTrue();
        assertThat(unrated.reasonsNot()).containsExactly("待核实：缺少信用等级数据，无法确认不属于排除情形");
        assertThat(Eligibility.holds(jobs, facts(Fact.EMPLOYEES, 30, Fact.REVENUE, 100, Fact.INDUSTRY, "I6510"))).isFalse();
        var missing = Eligibility.evaluate(jobs, facts(Fact.EMPLOYEES, 30, Fact.INDUSTRY, "C1", Fact.CREDIT_TIER, "A"));
        assertThat(missing.eligible()).isFalse();
        assertThat(missing.reasonsNot()).contains("待核实：缺少营业收入数据");
        // a failed condition decides whatever else is missing: refused, not pending
        var refused = Eligibility.evaluate(jobs, facts(Fact.EMPLOYEES, 3, Fact.INDUSTRY, "C1"));
        assertThat(refused.eligible()).isFalse();
        assertThat(refused.pending()).isFalse();
    }

    @Test
    void explanationsReadAsWordsNotSymbols() {
        Rule exporter = RuleParser.parse(cond("EXPORT_VALUE", "GT", 0));
        assertThat(Eligibility.evaluate(exporter, facts(Fact.EXPORT_VALUE, 0)).reasonsNot()).containsExactly("无出口额");
        assertThat(Eligibility.evaluate(exporter, facts(Fact.EXPORT_VALUE, 120)).trace()).extracting(Eligibility.Step::explanation)
                .containsExactly("有出口额 120万元");
        Rule industrial = RuleParser.parse(cond("INDUSTRY", "PREFIX", List.of("B", "C", "D")));
        assertThat(Eligibility.evaluate(industrial, facts(Fact.INDUSTRY, "H6210")).reasonsNot())
                .containsExactly("行业 H6210（住宿和餐饮业）不属于 B 采矿业、C 制造业、D 电力、热力、燃气及水生产和供应业");
    }

    @Test
    void datesBooleansAndLists() {
        Rule young = RuleParser.parse(Map.of("all", List.of(cond("REGISTERED_ON", "ON_OR_AFTER", "2021-01-01"),
                cond("HIGH_TECH", "EQ", true), cond("REGION", "IN", List.of("511102", "511112")))));
        assertThat(Eligibility.evaluate(young, facts(Fact.REGISTERED_ON, LocalDate.of(2021, 1, 1), Fact.HIGH_TECH, true,
                Fact.REGION, "511112")).eligible()).isTrue();
        var old = Eligibility.evaluate(young, facts(Fact.REGISTERED_ON, LocalDate.of(2020, 12, 31), Fact.HIGH_TECH, false,
                Fact.REGION, "511181"));
        assertThat(old.reasonsNot()).containsExactly("成立日期 2020-12-31 早于 2021-01-01", "高新技术企业 否 ≠ 是",
                "注册地 511181 不属于 511102、511112");
    }

    @Test
    void mistakesAreRefusedWithWhereTheyAre() {
        assertThatThrownBy(() -> RuleParser.parse(Map.of("all", List.of(cond("EMPLOYEES", "GE", 1), cond("STAFF", "GE", 1)))))
                .isInstanceOf(RuleParser.InvalidRule.class).hasMessage("规则.all[1].fact：未知的事实“STAFF”");
        assertThatThrownBy(() -> RuleParser.parse(cond("EMPLOYEES", "GE", "二十")))
                .hasMessage("规则.value：从业人数是数值，不能与“二十”比较");
        assertThatThrownBy(() -> RuleParser.parse(cond("INDUSTRY", "GE", "C")))
                .hasMessage("规则.op：行业代码不能用“≥”比较");
        assertThatThrownBy(() -> RuleParser.parse(Map.of("any", List.of())))
                .hasMessage("规则.any：条件组不能为空");
        assertThatThrownBy(() -> RuleParser.parse(Map.of("not", Map.of("all", List.of(cond("REGISTERED_ON", "BEFORE", "昨天"))))))
                .hasMessage("规则.not.all[0].value：成立日期应为日期（如 2023-01-01）");
        assertThat(((RuleParser.InvalidRule) org.assertj.core.api.Assertions.catchThrowable(
                () -> RuleParser.parse(cond("HIGH_TECH", "EQ", "yes")))).path()).isEqualTo("规则.value");
    }

    @Test
    void suppliedValuesAreReadStrictly() {
        assertThat(Fact.EMPLOYEES.parse(" 25 ")).isEqualTo(new BigDecimal("25"));
        assertThat(Fact.REVENUE.parse("1,800.5")).isEqualTo(new BigDecimal("1800.5"));
        assertThat(Fact.HIGH_TECH.parse("是")).isEqualTo(true);
        assertThat(Fact.SPECIALIZED.parse("false")).isEqualTo(false);
        assertThatThrownBy(() -> Fact.EMPLOYEES.parse("25.5")).hasMessage("从业人数应为整数，而不是“25.5”");
        assertThatThrownBy(() -> Fact.REVENUE.parse("-1")).hasMessageContaining("不小于 0");
        assertThatThrownBy(() -> Fact.REVENUE.parse("1234567890")).hasMessageContaining("不超过 9 位整数");
        assertThatThrownBy(() -> Fact.REVENUE.parse("0.1234567")).hasMessageContaining("最多保留 6 位小数");
        assertThatThrownBy(() -> Fact.CREDIT_TIER.parse("AA")).hasMessage("信用等级应为 A、B、C 或 D，而不是“AA”");
        assertThatThrownBy(() -> Fact.HIGH_TECH.parse("也许")).hasMessageContaining("应为“是”或“否”");
        assertThatThrownBy(() -> Fact.TAX_PAID.parse(" ")).hasMessage("纳税额不能为空");
    }
}
