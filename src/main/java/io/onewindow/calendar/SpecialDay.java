package io.onewindow.calendar;

import java.time.LocalDate;

/** An exception to the Monday–Friday rule, taken from a holiday notice. */
public record SpecialDay(LocalDate day, Kind kind, String name) {

    public enum Kind {
        /** 法定节假日放假: a day off even if it falls Monday–Friday. */
        HOLIDAY,
        /** 调休上班: a weekend day that is worked. */
        WORKDAY
    }
}
