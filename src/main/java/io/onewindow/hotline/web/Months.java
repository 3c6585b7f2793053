package io.onewindow.hotline.web;

import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.OneWindowException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The {@code month} request parameter of the report pages: 2026-11, or this month when absent. */
final class Months {

    private Months() {
    }

    static YearMonth parse(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.now(ChinaTime.clock());
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new OneWindowException(HotlineErrorCode.HOTLINE_INVALID_INPUT, "月份格式应为 2026-11");
        }
    }
}
