package io.onewindow.calendar.internal;

import io.onewindow.calendar.HolidayNotice;
import io.onewindow.calendar.SpecialDay;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CalendarRepository {

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SpecialDay> allDays() {
        return jdbc.sql("select day, kind, name from calendar_day order by day")
                .query((rs, n) -> new SpecialDay(rs.getObject("day", LocalDate.class),
                        SpecialDay.Kind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    Set<Integer> coveredYears() {
        return jdbc.sql("select year from calendar_notice").query(Integer.class).set();
    }

    public List<NoticeSummary> notices() {
        return jdbc.sql("""
                select n.year, n.document_no, n.published_on, n.entered_by, n.entered_at,
                       count(*) filter (where d.kind = 'HOLIDAY') as holidays,
                       count(*) filter (where d.kind = 'WORKDAY') as workdays
                from calendar_notice n left join calendar_day d on d.notice_year = n.year
                group by n.year order by n.year desc""")
                .query((rs, n) -> new NoticeSummary(rs.getInt("year"), rs.getString("document_no"),
                        rs.getObject("published_on", LocalDate.class), rs.getString("entered_by"),
                        rs.getInt("holidays"), rs.getInt("workdays")))
                .list();
    }

    public Optional<HolidayNotice> notice(int year) {
        return jdbc.sql("select year, document_no, published_on from calendar_notice where year = ?").param(year)
                .query((rs, n) -> new HolidayNotice(rs.getInt("year"), rs.getString("document_no"),
                        rs.getObject("published_on", LocalDate.class), daysOf(year)))
                .optional();
    }

    /** Dates in {@code days} already declared by another year's notice. */
    List<LocalDate> datesClaimedByOtherYears(int year, List<LocalDate> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select day from calendar_day where notice_year <> :year and day in (:days) order by day")
                .param("year", year)
                .param("days", days)
                .query(LocalDate.class).list();
    }

    void replace(HolidayNotice notice, String enteredBy) {
        jdbc.sql("delete from calendar_notice where year = ?").param(notice.year()).update();
        jdbc.sql("insert into calendar_notice (year, document_no, published_on, entered_by) values (?, ?, ?, ?)")
                .params(notice.year(), notice.documentNo(), notice.publishedOn(), enteredBy).update();
        for (SpecialDay d : notice.days()) {
            jdbc.sql("insert into calendar_day (day, kind, name, notice_year) values (?, ?, ?, ?)")
                    .params(d.day(), d.kind().name(), d.name(), notice.year()).update();
        }
    }

    private List<SpecialDay> daysOf(int year) {
        return jdbc.sql("select day, kind, name from calendar_day where notice_year = ? order by day").param(year)
                .query((rs, n) -> new SpecialDay(rs.getObject("day", LocalDate.class),
                        SpecialDay.Kind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    public record NoticeSummary(int year, String documentNo, LocalDate publishedOn, String enteredBy, int holidays,
            int workdays) {
    }
}
