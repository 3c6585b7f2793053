package io.onewindow.calendar;

import java.time.LocalDate;

/**
 * Whether a date is a working day, and why.
 *
 * @param confirmed {@code false} when the year's holiday notice has not been entered yet, so the answer
 *                  follows the plain weekend rule and may change
 */
public record DayInfo(LocalDate date, boolean workingDay, String reason, boolean confirmed) {
}
