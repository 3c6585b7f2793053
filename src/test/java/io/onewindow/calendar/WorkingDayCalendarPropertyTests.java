package io.onewindow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Working-day arithmetic holds for any calendar, not just the real ones (jqwik generates the holidays). */
class WorkingDayCalendarPropertyTests {

    @Provide
    Arbitrary<WorkingDayCalendar> calendars() {
        return Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            List<SpecialDay> days = new ArrayList<>();
            for (int year = 2023; year <= 2027; year++) {
                for (int h = 0; h < 6; h++) {
                    LocalDate start = LocalDate.of(year, 1, 1).plusDays(random.nextInt(358));
                    int length = 1 + random.nextInt(8);
                    for (int i = 0; i < length; i++) {
                        days.add(new SpecialDay(start.plusDays(i), SpecialDay.Kind.HOLIDAY, "节" + h));
                    }
                    LocalDate makeUp = start.plusDays(length + random.nextInt(10));
                    if (makeUp.getDayOfWeek().getValue() >= 6 && days.stream().noneMatch(d -> d.day().equals(makeUp))) {
                        days.add(new SpecialDay(makeUp, SpecialDay.Kind.WORKDAY, "节" + h));
                    }
                }
            }
            // keep the first entry per date
            var unique = new java.util.LinkedHashMap<LocalDate, SpecialDay>();
            days.forEach(d -> unique.putIfAbsent(d.day(), d));
            return new WorkingDayCalendar(unique.values(), Set.of(2023, 2024, 2025, 2026, 2027));
        });
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 4).map(i -> LocalDate.of(2023, 1, 1).plusDays(i));
    }

    @Property(tries = 300)
    void addingNDaysLandsOnAWorkingDayAfterTheStart(@ForAll("calendars") WorkingDayCalendar calendar,
            @ForAll("dates") LocalDate from, @ForAll @IntRange(min = 1, max = 120) int n) {
        LocalDate due = calendar.addWorkingDays(from, n);
        assertThat(due).isAfter(from);
        assertThat(calendar.isWorkingDay(due)).isTrue();
    }

    @Property(tries = 300)
    void countingBackGivesN(@ForAll("calendars") WorkingDayCalendar calendar, @ForAll("dates") LocalDate from,
            @ForAll @IntRange(min = 0, max = 200) int n) {
        assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).isEqualTo(n);
    }

    @Property(tries = 300)
    void addingIsAssociative(@ForAll("calendars") WorkingDayCalendar calendar, @ForAll("dates") LocalDate from,
            @ForAll @IntRange(min = 0, max = 60) int a, @ForAll @IntRange(min = 0, max = 60) int b) {
        assertThat(calendar.addWorkingDays(calendar.addWorkingDays(from, a), b))
                .isEqualTo(calendar.addWorkingDays(from, a + b));
    }

    @Property(tries = 300)
    void countIsAntisymmetricAndAdditive(@ForAll("calendars") WorkingDayCalendar calendar, @ForAll("dates") LocalDate a,
            @ForAll("dates") LocalDate b, @ForAll("dates") LocalDate c) {
        assertThat(calendar.workingDaysBetween(a, b)).isEqualTo(-calendar.workingDaysBetween(b, a));
        assertThat(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c))
                .isEqualTo(calendar.workingDaysBetween(a, c));
    }

    @Property(tries = 200)
    void noDayIsSkippedOrCountedTwice(@ForAll("calendars") WorkingDayCalendar calendar, @ForAll("dates") LocalDate from,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate previous = calendar.addWorkingDays(from, n - 1);
        LocalDate next = calendar.addWorkingDays(from, n);
        for (LocalDate d = previous.plusDays(1); d.isBefore(next); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
        }
    }

    @Property(tries = 200)
    void withoutSpecialDaysOnlyWeekendsAreOff(@ForAll("dates") LocalDate date) {
        WorkingDayCalendar plain = new WorkingDayCalendar(List.of(), Set.of());
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        assertThat(plain.isWorkingDay(date)).isEqualTo(!weekend);
        assertThat(plain.describe(date).confirmed()).isFalse();
    }
}
