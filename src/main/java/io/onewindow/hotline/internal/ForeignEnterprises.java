package io.onewindow.hotline.internal;

import io.onewindow.audit.AuditLog;
import io.onewindow.hotline.HotlineErrorCode;
import io.onewindow.identity.CurrentUser;
import io.onewindow.identity.CurrentUsers;
import io.onewindow.identity.People;
import io.onewindow.identity.Role;
import io.onewindow.platform.ChinaTime;
import io.onewindow.platform.Inputs;
import io.onewindow.platform.OneWindowException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 外资企业诉求: the followed foreign-invested enterprises, the month's full-coverage list (every one of them, with its
 * appeals that month) and the quarter's visit log against the plan's 12 key enterprises a quarter.
 */
@Service
public class ForeignEnterprises {

    public static final int KEY_VISITS_PER_QUARTER = 12;

    /** One enterprise on the month's list. */
    public record MonthRow(String creditCode, String name, boolean key, long appeals, long open, long visitsThisQuarter) {
    }

    public record Visit(String creditCode, String name, LocalDate visitedOn, String visitor, String notes) {
    }

    private final JdbcClient jdbc;
    private final People people;
    private final AuditLog auditLog;

    ForeignEnterprises(JdbcClient jdbc, People people, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.people = people;
        this.auditLog = auditLog;
    }

    @Transactional
    public void follow(String creditCode, boolean key) {
        centre();
        var enterprise = RegisteredEnterprises.find(people, creditCode);
        String code = enterprise.creditCode();
        jdbc.sql("""
                insert into hotline_foreign_enterprise (credit_code, name, key_account) values (?, ?, ?)
                on conflict (credit_code) do update set key_account = excluded.key_account""")
                .params(code, enterprise.name(), key).update();
        auditLog.record("FOREIGN_FOLLOWED", "hotline.foreign", code, null, Map.of("key", key));
    }

    @Transactional
    public void recordVisit(String creditCode, LocalDate visitedOn, String notes) {
        CurrentUser agent = centre();
        if (visitedOn == null || visitedOn.isAfter(ChinaTime.today())) {
            throw new OneWindowException(HotlineErrorCode.HOTLINE_INVALID_INPUT, "请填写走访日期（不能晚于今天）");
        }
        String text = Inputs.required(notes, "走访记录", 2000, HotlineErrorCode.HOTLINE_INVALID_INPUT);
        int known = jdbc.sql("select count(*) from hotline_foreign_enterprise where credit_code = ?").param(creditCode == null ? "" : creditCode)
                .query(Integer.class).single();
        if (known == 0) {
            throw new OneWindowException(HotlineErrorCode.HOTLINE_INVALID_INPUT, "请先将该企业加入外资企业名单");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into hotline_foreign_visit (id, credit_code, visited_on, visitor, notes) values (?, ?, ?, ?, ?)")
                .params(id, creditCode, visitedOn, agent.displayName(), text).update();
        auditLog.record("FOREIGN_VISITED", "hotline.foreign", creditCode, null, Map.of("on", visitedOn.toString()));
    }

    /** Every followed enterprise for the month, with its appeals that month and its visits in the month's quarter. */
    public List<MonthRow> month(YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.plusMonths(1).atDay(1);
        LocalDate quarterStart = quarterStart(month);
        return jdbc.sql("""
                select f.credit_code, f.name, f.key_account,
                  (select count(*) from hotline_order o where o.enterprise_credit_code = f.credit_code
                     and (o.created_at at time zone 'Asia/Shanghai')::date >= ? and (o.created_at at time zone 'Asia/Shanghai')::date < ?),
                  (select count(*) from hotline_order o where o.enterprise_credit_code = f.credit_code and o.status <> 'CLOSED'),
                  (select count(*) from hotline_foreign_visit v where v.credit_code = f.credit_code
                     and v.visited_on >= ? and v.visited_on < ?)
                from hotline_foreign_enterprise f order by f.key_account desc, f.name""")
                .params(from, to, quarterStart, quarterStart.plusMonths(3))
                .query((rs, n) -> new MonthRow(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6))).list();
    }

    /** Key enterprises visited at least once in the month's quarter (the plan: 12). */
    public long keyVisitedInQuarter(YearMonth month) {
        LocalDate start = quarterStart(month);
        return jdbc.sql("""
                select count(distinct v.credit_code) from hotline_foreign_visit v join hotline_foreign_enterprise f
                  on f.credit_code = v.credit_code where f.key_account and v.visited_on >= ? and v.visited_on < ?""")
                .params(start, start.plusMonths(3)).query(Long.class).single();
    }

    public List<Visit> visits(YearMonth month) {
        LocalDate start = quarterStart(month);
        return jdbc.sql("""
                select v.credit_code, f.name, v.visited_on, v.visitor, v.notes from hotline_foreign_visit v
                join hotline_foreign_enterprise f on f.credit_code = v.credit_code
                where v.visited_on >= ? and v.visited_on < ? order by v.visited_on desc""")
                .params(start, start.plusMonths(3)).query((rs, n) -> new Visit(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5))).list();
    }

    static LocalDate quarterStart(YearMonth month) {
        return YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1).atDay(1);
    }

    private CurrentUser centre() {
        return CurrentUsers.current().filter(u -> u.has(Role.HOTLINE_AGENT)).orElseThrow(() -> new OneWindowException(
                HotlineErrorCode.HOTLINE_NOT_ALLOWED, "只有热线中心可以维护外资企业名单和走访记录"));
    }
}
