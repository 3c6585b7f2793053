package io.onewindow.calendar.internal;

import io.onewindow.calendar.HolidayNotice;
import io.onewindow.calendar.SpecialDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a holiday notice typed by an administrator: one holiday per line as {@code 名称 起始日期 [结束日期]},
 * one make-up working day per line as {@code 名称 日期}. Collects every problem, in Chinese, with its line.
 */
final class NoticeParser {

    private static final int MAX_HOLIDAY_SPAN = 15;

    private final List<String> errors = new ArrayList<>();
    private final List<SpecialDay> days = new ArrayList<>();
    private final Set<LocalDate> seen = new HashSet<>();
    private final int year;

    private NoticeParser(int year) {
        this.year = year;
    }

    record Result(HolidayNotice notice, List<String> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    static Result parse(int year, String documentNo, LocalDate publishedOn, String holidays, String workdays) {
        NoticeParser parser = new NoticeParser(year);
        if (year < 2000 || year > 2199) {
            parser.errors.add("年度应在 2000 到 2199 之间");
        }
        if (documentNo == null || documentNo.isBlank()) {
            parser.errors.add("请填写通知文号");
        } else if (documentNo.length() > 100) {
            parser.errors.add("通知文号不能超过 100 个字");
        }
        parser.lines(holidays, "放假安排", parser::holidayLine);
        parser.lines(workdays, "调休上班", parser::workdayLine);
        if (parser.days.stream().noneMatch(d -> d.kind() == SpecialDay.Kind.HOLIDAY)) {
            parser.errors.add("至少应有一项放假安排");
        }
        String doc = documentNo == null ? null : documentNo.trim();
        return new Result(new HolidayNotice(year, doc, publishedOn, List.copyOf(parser.days)), List.copyOf(parser.errors));
    }

    private interface LineHandler {
        void handle(String where, String[] parts);
    }

    private void lines(String text, String section, LineHandler handler) {
        if (text == null) {
            return;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                handler.handle(section + "第 " + (i + 1) + " 行", line.split("[\\s,，、]+"));
            }
        }
    }

    private void holidayLine(String where, String[] parts) {
        if (parts.length < 2 || parts.length > 3) {
            errors.add(where + "：格式应为“名称 起始日期 [结束日期]”，如“春节 2027-02-06 2027-02-12”");
            return;
        }
        LocalDate first = date(where, parts[1]);
        LocalDate last = parts.length == 3 ? date(where, parts[2]) : first;
        if (first == null || last == null || !name(where, parts[0])) {
            return;
        }
        if (last.isBefore(first)) {
            errors.add(where + "：结束日期不能早于起始日期");
        } else if (last.toEpochDay() - first.toEpochDay() >= MAX_HOLIDAY_SPAN) {
            errors.add(where + "：一次放假不应超过 " + MAX_HOLIDAY_SPAN + " 天，请检查日期");
        } else {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                add(where, new SpecialDay(d, SpecialDay.Kind.HOLIDAY, parts[0]));
            }
        }
    }

    private void workdayLine(String where, String[] parts) {
        if (parts.length != 2) {
            errors.add(where + "：格式应为“名称 日期”，如“春节 2027-02-14”");
            return;
        }
        LocalDate day = date(where, parts[1]);
        if (day == null || !name(where, parts[0])) {
            return;
        }
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            errors.add(where + "：" + day + " 不是周末，调休上班日应为周六或周日");
            return;
        }
        add(where, new SpecialDay(day, SpecialDay.Kind.WORKDAY, parts[0]));
    }

    private void add(String where, SpecialDay day) {
        if (!seen.add(day.day())) {
            errors.add(where + "：" + day.day() + " 重复出现");
            return;
        }
        days.add(day);
    }

    private boolean name(String where, String name) {
        if (name.length() > 50) {
            errors.add(where + "：节日名称不能超过 50 个字");
            return false;
        }
        return true;
    }

    private LocalDate date(String where, String text) {
        try {
            LocalDate d = LocalDate.parse(text);
            // A notice may start its New Year holiday in the last days of the previous year (e.g. 2022-12-31).
            if (d.isBefore(LocalDate.of(year - 1, 12, 1)) || d.isAfter(LocalDate.of(year, 12, 31))) {
                errors.add(where + "：" + d + " 不在 " + year + " 年度通知的范围内");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(where + "：“" + text + "”不是有效日期，请按 2027-02-06 的格式填写");
            return null;
        }
    }
}
