package io.onewindow.calendar.internal;

import io.onewindow.calendar.CalendarErrorCode;
import io.onewindow.calendar.DayInfo;
import io.onewindow.calendar.WorkingDayCalendar;
import io.onewindow.calendar.WorkingDays;
import io.onewindow.platform.OneWindowException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * Serves the working-day rules from a snapshot of the database, refreshed at most a minute after another
 * node changes them and at once after a change on this node.
 */
@Service
class CalendarService implements WorkingDays {

    static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final CalendarRepository repository;
    private final Clock clock;
    private volatile Snapshot snapshot;

    CalendarService(CalendarRepository repository, Clock clock) {
        this.clock = clock;
        this.repository = repository;
    }

    @Override
    public DayInfo day(LocalDate date) {
        checkRange(date);
        return snapshot().describe(date);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        checkRange(date);
        return snapshot().isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        checkRange(from);
        if (days < 0 || days > WorkingDayCalendar.MAX_DAYS) {
            throw new OneWindowException(CalendarErrorCode.CALENDAR_DAYS_OUT_OF_RANGE,
                    "工作日天数应在 0 到 " + WorkingDayCalendar.MAX_DAYS + " 之间，收到 " + days);
        }
        return snapshot().addWorkingDays(from, days);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        checkRange(from);
        checkRange(to);
        if (Math.abs(to.toEpochDay() - from.toEpochDay()) > WorkingDayCalendar.MAX_DAYS * 2L) {
            throw new OneWindowException(CalendarErrorCode.CALENDAR_DATE_OUT_OF_RANGE, "两个日期相隔不能超过 "
                    + WorkingDayCalendar.MAX_DAYS * 2 + " 天");
        }
        return snapshot().workingDaysBetween(from, to);
    }

    @Override
    public WorkingDayCalendar snapshot() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().plus(MAX_AGE).isBefore(clock.instant())) {
            current = new Snapshot(new WorkingDayCalendar(repository.allDays(), repository.coveredYears()), clock.instant());
            snapshot = current;
        }
        return current.calendar();
    }

    void invalidate() {
        snapshot = null;
    }

    private static void checkRange(LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new OneWindowException(CalendarErrorCode.CALENDAR_DATE_OUT_OF_RANGE,
                    "日期 " + date + " 超出可计算范围（" + EARLIEST + " 至 " + LATEST + "）");
        }
    }

    private record Snapshot(WorkingDayCalendar calendar, Instant loadedAt) {
    }
}
