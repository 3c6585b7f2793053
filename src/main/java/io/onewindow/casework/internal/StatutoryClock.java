package io.onewindow.casework.internal;

import io.onewindow.calendar.WorkingDayCalendar;
import io.onewindow.casework.ClockState;
import java.time.LocalDate;
import java.util.List;

/**
 * The statutory clock: limits in working days counted from 受理 (the day itself not counted), extended by every
 * working day of a pause (补正 after acceptance, 听证, 检验检测, 专家评审, 公示). Pure.
 */
public final class StatutoryClock {

    /** A period the clock does not run; {@code endsOn} null while it lasts. */
    public record Pause(String kind, LocalDate startsOn, LocalDate endsOn, String note) {
    }

    private static final int YELLOW_AT = 2;

    private StatutoryClock() {
    }

    public static ClockState of(LocalDate acceptedOn, int statutoryDays, int promisedDays, List<Pause> pauses,
            WorkingDayCalendar calendar, LocalDate today) {
        int paused = 0;
        boolean running = true;
        for (Pause p : pauses) {
            LocalDate end = p.endsOn() == null ? today : p.endsOn();
            if (p.endsOn() == null) {
                running = false;
            }
            if (!end.isBefore(p.startsOn())) {
                paused += calendar.workingDaysBetween(p.startsOn().minusDays(1), end);
            }
        }
        LocalDate statutoryDue = calendar.addWorkingDays(acceptedOn, statutoryDays + paused);
        LocalDate promisedDue = calendar.addWorkingDays(acceptedOn, promisedDays + paused);
        int remaining = calendar.workingDaysBetween(today, statutoryDue);
        ClockState.Light light = !running ? ClockState.Light.PAUSED
                : today.isAfter(statutoryDue) ? ClockState.Light.RED
                : remaining <= YELLOW_AT ? ClockState.Light.YELLOW : ClockState.Light.GREEN;
        return new ClockState(acceptedOn, statutoryDue, promisedDue, remaining, paused, light);
    }
}
