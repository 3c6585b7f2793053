package io.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.calendar.SpecialDay;
import io.onewindow.calendar.WorkingDayCalendar;
import io.onewindow.casework.internal.StatutoryClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatutoryClockTests {

    /** 2026 国庆: 10-01..10-07 off, 10-10 (Sat) worked. */
    private static final WorkingDayCalendar CALENDAR;

    static {
        List<SpecialDay> days = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            days.add(new SpecialDay(LocalDate.of(2026, 10, d), SpecialDay.Kind.HOLIDAY, "国庆节"));
        }
        days.add(new SpecialDay(LocalDate.of(2026, 10, 10), SpecialDay.Kind.WORKDAY, "国庆节"));
        CALENDAR = new WorkingDayCalendar(days, Set.of(2026));
    }

    private static final LocalDate ACCEPTED = LocalDate.of(2026, 9, 28); // Monday

    @Test
    void dueDatesSkipTheHolidayAndCountTheMakeUpDay() {
        ClockState clock = StatutoryClock.of(ACCEPTED, 5, 3, List.of(), CALENDAR, ACCEPTED);
        // 09-29, 09-30, 10-08, 10-09, 10-10 (Sat, worked)
        assertThat(clock.statutoryDue()).isEqualTo("2026-10-10");
        assertThat(clock.promisedDue()).isEqualTo("2026-10-08");
        assertThat(clock.remainingWorkingDays()).isEqualTo(5);
        assertThat(clock.light()).isEqualTo(ClockState.Light.GREEN);
    }

    @Test
    void yellowWithTwoWorkingDaysLeftAndRedWhenOverdue() {
        assertThat(StatutoryClock.of(ACCEPTED, 5, 3, List.of(), CALENDAR, LocalDate.of(2026, 10, 8)).light())
                .isEqualTo(ClockState.Light.YELLOW);
        ClockState late = StatutoryClock.of(ACCEPTED, 5, 3, List.of(), CALENDAR, LocalDate.of(2026, 10, 12));
        assertThat(late.light()).isEqualTo(ClockState.Light.RED);
        assertThat(late.remainingWorkingDays()).isEqualTo(-1);
    }

    @Test
    void pausesExtendTheDueDateByTheirWorkingDays() {
        var hearing = new StatutoryClock.Pause("HEARING", LocalDate.of(2026, 9, 29), LocalDate.of(2026, 9, 30), "听证");
        ClockState clock = StatutoryClock.of(ACCEPTED, 5, 3, List.of(hearing), CALENDAR, LocalDate.of(2026, 10, 8));
        assertThat(clock.pausedWorkingDays()).isEqualTo(2);
        assertThat(clock.statutoryDue()).isEqualTo("2026-10-13");
        var open = new StatutoryClock.Pause("TESTING", LocalDate.of(2026, 10, 8), null, "检测");
        assertThat(StatutoryClock.of(ACCEPTED, 5, 3, List.of(open), CALENDAR, LocalDate.of(2026, 10, 9)).light())
                .isEqualTo(ClockState.Light.PAUSED);
    }
}
