package io.onewindow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The 2025 渐进式延迟法定退休年龄 schedule against rows of the official 对照表 (人社部, 2024-09). */
class StatutoryRetirementTests {

    @Test
    void menRetireOneMonthLaterForEveryFourMonthsFromJanuary1965UpTo63() {
        assertThat(StatutoryRetirement.delayMonths(YearMonth.of(1964, 12), StatutoryRetirement.Kind.MAN)).isZero();
        // 1965年1月 → 60岁1个月, 2025年2月
        assertThat(StatutoryRetirement.date(LocalDate.of(1965, 1, 10), StatutoryRetirement.Kind.MAN))
                .isEqualTo(LocalDate.of(2025, 2, 10));
        // 1966年12月 → 60岁6个月, 2027年6月
        assertThat(StatutoryRetirement.delayMonths(YearMonth.of(1966, 12), StatutoryRetirement.Kind.MAN)).isEqualTo(6);
        // 1976年8月 → 62岁11个月; 1976年9月及以后 → 63岁
        assertThat(StatutoryRetirement.delayMonths(YearMonth.of(1976, 8), StatutoryRetirement.Kind.MAN)).isEqualTo(35);
        assertThat(StatutoryRetirement.delayMonths(YearMonth.of(1976, 9), StatutoryRetirement.Kind.MAN)).isEqualTo(36);
        assertThat(StatutoryRetirement.delayMonths(YearMonth.of(1990, 3), StatutoryRetirement.Kind.MAN)).isEqualTo(36);
    }

    @Test
    void womenWorkersOneMonthForEveryTwoFrom1975UpTo55AndCadresUpTo58() {
        assertThat(StatutoryRetirement.date(LocalDate.of(1975, 1, 1), StatutoryRetirement.Kind.WOMAN_WORKER))
                .isEqualTo(LocalDate.of(2025, 2, 1)); // 50岁1个月
        assertThat(StatutoryRetirement.delayMonths(YearMonth.of(1984, 10), StatutoryRetirement.Kind.WOMAN_WORKER)).isEqualTo(59);
        assertThat(StatutoryRetirement.delayMonths(YearMonth.of(1984, 11), StatutoryRetirement.Kind.WOMAN_WORKER)).isEqualTo(60);
        assertThat(StatutoryRetirement.delayMonths(YearMonth.of(1970, 1), StatutoryRetirement.Kind.WOMAN_CADRE)).isEqualTo(1);
        assertThat(StatutoryRetirement.delayMonths(YearMonth.of(1981, 9), StatutoryRetirement.Kind.WOMAN_CADRE)).isEqualTo(36);
        assertThat(StatutoryRetirement.date(LocalDate.of(1969, 12, 31), StatutoryRetirement.Kind.WOMAN_CADRE))
                .isEqualTo(LocalDate.of(2024, 12, 31));
    }
}
