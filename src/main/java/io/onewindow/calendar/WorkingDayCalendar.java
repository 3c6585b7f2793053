package io.onewindow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Immutable working-day rules: a day is worked when it is Monday–Friday and not a holiday, or when it is a
 * listed make-up day. Pure arithmetic, no I/O, so it is property-tested without Spring.
 */
public final class WorkingDayCalendar {

    /** Upper bound for one computation: ten years of working days. */
    public static final int MAX_DAYS = 2_500;

    private final Map<LocalDate, SpecialDay> special = new HashMap<>();
    private final Set<Integer> coveredYears;

    public WorkingDayCalendar(Collection<SpecialDay> specialDays, Set<Integer> coveredYears) {
        specialDays.forEach(d -> special.put(d.day(), d));
        this.coveredYears = Set.copyOf(coveredYears);
    }

    public boolean isWorkingDay(LocalDate date) {
        SpecialDay s = special.get(date);
        if (s != null) {
            return s.kind() == SpecialDay.Kind.WORKDAY;
        }
        return !isWeekend(date);
    }

    public DayInfo describe(LocalDate date) {
        SpecialDay s = special.get(date);
        boolean confirmed = coveredYears.contains(date.getYear()) || s != null;
        if (s != null) {
            return s.kind() == SpecialDay.Kind.WORKDAY
                    ? new DayInfo(date, true, "调休上班（" + s.name() + "）", true)
                    : new DayInfo(date, false, "法定节假日放假（" + s.name() + "）", true);
        }
        String caveat = confirmed ? "" : "（" + date.getYear() + "年放假安排尚未录入，按常规双休推算）";
        return isWeekend(date)
                ? new DayInfo(date, false, "周末休息" + caveat, confirmed)
                : new DayInfo(date, true, "工作日" + caveat, confirmed);
    }

    /** The {@code days}-th working day after {@code from}; {@code from} itself is never counted. 0 returns {@code from}. */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 0 and " + MAX_DAYS);
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days in the half-open range (from, to]; negative when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        if (to.toEpochDay() - from.toEpochDay() > MAX_DAYS * 2L) {
            throw new IllegalArgumentException("range too long");
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
