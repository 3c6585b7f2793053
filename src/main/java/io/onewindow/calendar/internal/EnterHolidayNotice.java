package io.onewindow.calendar.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.calendar.CalendarErrorCode;
import io.onewindow.calendar.HolidayNotice;
import io.onewindow.calendar.SpecialDay;
import io.onewindow.platform.OneWindowException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enters (or re-enters) one year's holiday notice. The previous version of that year is replaced and audited. */
@Service
public class EnterHolidayNotice {

    private final CalendarRepository repository;
    private final CalendarService calendar;
    private final AuditLog auditLog;

    EnterHolidayNotice(CalendarRepository repository, CalendarService calendar, AuditLog auditLog) {
        this.repository = repository;
        this.calendar = calendar;
        this.auditLog = auditLog;
    }

    /** @throws OneWindowException with every problem listed when the notice is invalid; nothing is stored then */
    @Transactional
    public HolidayNotice enter(int year, String documentNo, LocalDate publishedOn, String holidays, String workdays) {
        NoticeParser.Result parsed = NoticeParser.parse(year, documentNo, publishedOn, holidays, workdays);
        if (!parsed.ok()) {
            throw new OneWindowException(CalendarErrorCode.CALENDAR_NOTICE_INVALID, String.join("；", parsed.errors()));
        }
        HolidayNotice notice = parsed.notice();
        List<LocalDate> claimed = repository.datesClaimedByOtherYears(year,
                notice.days().stream().map(SpecialDay::day).toList());
        if (!claimed.isEmpty()) {
            throw new OneWindowException(CalendarErrorCode.CALENDAR_NOTICE_CONFLICT,
                    "以下日期已由其他年度的通知安排：" + claimed);
        }
        HolidayNotice before = repository.notice(year).orElse(null);
        repository.replace(notice, SecurityContextHolder.getContext().getAuthentication().getName());
        auditLog.record(before == null ? "CALENDAR_NOTICE_ENTERED" : "CALENDAR_NOTICE_REPLACED", "calendar.notice",
                Integer.toString(year), before, notice);
        calendar.invalidate();
        return notice;
    }
}
