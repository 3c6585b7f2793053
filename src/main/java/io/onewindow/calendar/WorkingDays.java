package io.onewindow.calendar;

import java.time.LocalDate;

/** The calendar every statutory clock in the platform uses (法定时限按工作日计算). */
public interface WorkingDays {

    DayInfo day(LocalDate date);

    boolean isWorkingDay(LocalDate date);

    /** "N个工作日后": the N-th working day after {@code from}, not counting {@code from} itself. */
    LocalDate addWorkingDays(LocalDate from, int days);

    /** Working days in (from, to]. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** The current rules as one immutable value, for computing many deadlines at once. */
    WorkingDayCalendar snapshot();
}
