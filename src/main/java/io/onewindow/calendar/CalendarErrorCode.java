package io.onewindow.calendar;

import io.onewindow.platform.ErrorCode;
import org.springframework.http.HttpStatus;

public enum CalendarErrorCode implements ErrorCode {
    CALENDAR_DATE_OUT_OF_RANGE(HttpStatus.BAD_REQUEST, "日期超出可计算范围"),
    CALENDAR_DAYS_OUT_OF_RANGE(HttpStatus.BAD_REQUEST, "工作日天数超出范围"),
    CALENDAR_NOTICE_INVALID(HttpStatus.BAD_REQUEST, "放假通知内容有误"),
    CALENDAR_NOTICE_CONFLICT(HttpStatus.CONFLICT, "日期已被其他年度的通知使用");

    private final HttpStatus status;
    private final String title;

    CalendarErrorCode(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
