package io.onewindow.calendar.web;

import io.onewindow.calendar.DayInfo;
import io.onewindow.calendar.WorkingDays;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public working-day API: anyone (and any other system) may ask. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "工作日历")
@PreAuthorize("permitAll()")
class CalendarApiController {

    private final WorkingDays workingDays;

    CalendarApiController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @Operation(summary = "某日是否为工作日及原因")
    @GetMapping("/days/{date}")
    DayInfo day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return workingDays.day(date);
    }

    @Operation(summary = "N个工作日后的日期（不含起算日）")
    @GetMapping("/working-days/add")
    AddResult add(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, @RequestParam int days) {
        return new AddResult(from, days, workingDays.addWorkingDays(from, days));
    }

    @Operation(summary = "两个日期之间的工作日数（不含起始日，含结束日）")
    @GetMapping("/working-days/count")
    CountResult count(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return new CountResult(from, to, workingDays.workingDaysBetween(from, to));
    }

    record AddResult(LocalDate from, int days, LocalDate date) {
    }

    record CountResult(LocalDate from, LocalDate to, int workingDays) {
    }
}
