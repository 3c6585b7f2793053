package io.onewindow.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * 法定退休年龄 as the 人社 register computes it for the demo data, by the 全国人民代表大会常务委员会关于实施渐进式延迟法定退休
 * 年龄的决定 (2024-09-13, from 2025-01-01): men 60 → 63 from those born in January 1965, one month later for every four
 * months of birth; women workers 50 → 55 from January 1975, one month for every two; women cadres 55 → 58 from
 * January 1970, one month for every four.
 */
final class StatutoryRetirement {

    enum Kind { MAN, WOMAN_WORKER, WOMAN_CADRE }

    private StatutoryRetirement() {
    }

    /** The day the person reaches their statutory retirement age. */
    static LocalDate date(LocalDate birthDate, Kind kind) {
        return birthDate.plusYears(baseAge(kind)).plusMonths(delayMonths(YearMonth.from(birthDate), kind));
    }

    static int delayMonths(YearMonth born, Kind kind) {
        YearMonth from = switch (kind) {
            case MAN -> YearMonth.of(1965, 1);
            case WOMAN_WORKER -> YearMonth.of(1975, 1);
            case WOMAN_CADRE -> YearMonth.of(1970, 1);
        };
        if (born.isBefore(from)) {
            return 0;
        }
        long months = ChronoUnit.MONTHS.between(from, born);
        int every = kind == Kind.WOMAN_WORKER ? 2 : 4;
        int cap = kind == Kind.WOMAN_WORKER ? 60 : 36;
        return (int) Math.min(cap, months / every + 1);
    }

    private static int baseAge(Kind kind) {
        return switch (kind) {
            case MAN -> 60;
            case WOMAN_WORKER -> 50;
            case WOMAN_CADRE -> 55;
        };
    }
}
