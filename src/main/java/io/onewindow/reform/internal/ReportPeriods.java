package io.onewindow.reform.internal;

import io.onewindow.calendar.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The reporting periods a unit owes on a measure: of the plan's length, counted from the month the unit took it on,
 * each due on the plan's N-th working day after it ends. Lateness and reminders read the same periods.
 */
final class ReportPeriods {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A period (named by its first month, as reports are) and the day its report is due. */
    record Period(YearMonth start, LocalDate due) {

        String name() {
            return start.toString();
        }
    }

    private ReportPeriods() {
    }

    /** The periods that ended before {@code today}, oldest first (at most twenty years of them). */
    static List<Period> ended(WorkPlanRepository.PlanInfo plan, Instant claimedAt, LocalDate today, WorkingDays workingDays) {
        List<Period> periods = new ArrayList<>();
        YearMonth start = YearMonth.from(claimedAt.atZone(CHINA));
        for (int guard = 0; guard < 240; guard++, start = start.plusMonths(plan.reportEveryMonths())) {
            LocalDate end = start.plusMonths(plan.reportEveryMonths() - 1L).atEndOfMonth();
            if (!end.isBefore(today)) {
                break;
            }
            periods.add(new Period(start, workingDays.addWorkingDays(end, plan.reportDueWorkingDays())));
        }
        return periods;
    }
}
