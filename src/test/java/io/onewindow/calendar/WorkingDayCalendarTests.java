package io.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTests {

    /** 2026 国庆: 10-01..10-07 off, 09-20 (Sun) and 10-10 (Sat) worked. */
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(
            holiday("2026-10-01"), holiday("2026-10-02"), holiday("2026-10-03"), holiday("2026-10-04"),
            holiday("2026-10-05"), holiday("2026-10-06"), holiday("2026-10-07"),
            new SpecialDay(LocalDate.parse("2026-09-20"), SpecialDay.Kind.WORKDAY, "国庆节"),
            new SpecialDay(LocalDate.parse("2026-10-10"), SpecialDay.Kind.WORKDAY, "国庆节")), Set.of(2026));

    private static SpecialDay holiday(String date) {
        return new SpecialDay(LocalDate.parse(date), SpecialDay.Kind.HOLIDAY, "国庆节");
    }

    @Test
    void theStartDayIsNotCounted() {
        // Mon 2026-11-23 + 1 working day = Tue 2026-11-24
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-11-23"), 1)).isEqualTo("2026-11-24");
        // Fri + 1 = next Mon
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-11-27"), 1)).isEqualTo("2026-11-30");
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-11-27"), 0)).isEqualTo("2026-11-27");
    }

    @Test
    void holidaysAreSkippedAndMakeUpDaysCount() {
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-09-30"), 1)).isEqualTo("2026-10-08");
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-09-30"), 3)).isEqualTo("2026-10-10");
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-09-19"), 1)).isEqualTo("2026-09-20");
    }

    @Test
    void describesWhy() {
        assertThat(calendar.describe(LocalDate.parse("2026-10-10")).reason()).isEqualTo("调休上班（国庆节）");
        assertThat(calendar.describe(LocalDate.parse("2026-10-05")).reason()).isEqualTo("法定节假日放假（国庆节）");
        assertThat(calendar.describe(LocalDate.parse("2026-11-28")).reason()).isEqualTo("周末休息");
        DayInfo unknownYear = calendar.describe(LocalDate.parse("2027-03-01"));
        assertThat(unknownYear.confirmed()).isFalse();
        assertThat(unknownYear.reason()).contains("2027年放假安排尚未录入");
    }

    @Test
    void countsWorkingDaysBetween() {
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-10"))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-10-10"), LocalDate.parse("2026-09-30"))).isEqualTo(-3);
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-01"))).isZero();
    }

    @Test
    void refusesNegativeDays() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.parse("2026-10-01"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
