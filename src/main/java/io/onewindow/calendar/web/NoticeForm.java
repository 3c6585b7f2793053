package io.onewindow.calendar.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The 录入放假通知 form. */
record NoticeForm(Integer year, String documentNo, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
        String holidays, String workdays) {

    static NoticeForm blank(int year) {
        return new NoticeForm(year, "", null, "", "");
    }
}
