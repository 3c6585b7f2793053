package io.onewindow.calendar;

import java.time.LocalDate;
import java.util.List;

/** One year's 国务院办公厅 holiday notice as entered: its number and the days it declares. */
public record HolidayNotice(int year, String documentNo, LocalDate publishedOn, List<SpecialDay> days) {
}
